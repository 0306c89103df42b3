using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Model;

namespace Playbooks.Core.Authoring;

/// <summary>What a knowledge base suggests for a new playbook: the categories to choose from, and, per category, the usual folder and owner.</summary>
public static class AuthoringDefaults
{
    /// <summary>The categories documented in playbooks/README.md, in that order.</summary>
    public static IReadOnlyList<string> DocumentedCategories { get; } =
        ["社群运营", "用户运营", "活动运营", "内容运营", "电商运营", "品牌舆情", "安全合规"];

    /// <summary>
    /// The categories to offer: this knowledge base's own (most used first), then the documented ones it does not use.
    /// A team with its own categories (票务运营, 现场运营) sees them first rather than after seven it never uses.
    /// </summary>
    public static IReadOnlyList<string> Categories(LoadedKnowledgeBase knowledgeBase)
    {
        var inUse = InUse(knowledgeBase);
        return [.. inUse, .. DocumentedCategories.Where(c => !inUse.Contains(c))];
    }

    /// <summary>The categories this knowledge base's playbooks use, most used first; empty for a new knowledge base.</summary>
    public static IReadOnlyList<string> InUse(LoadedKnowledgeBase knowledgeBase) =>
        Playbooks(knowledgeBase)
            .Where(p => p.Category.Length > 0)
            .GroupBy(p => p.Category, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToList();

    /// <summary>
    /// The folder (relative to the knowledge base, '/'-separated) holding most playbooks of <paramref name="category"/>,
    /// so a new one lands beside its siblings; "" (the knowledge base itself) when the category has none yet.
    /// </summary>
    public static string FolderFor(LoadedKnowledgeBase knowledgeBase, string category) =>
        MostCommon(Playbooks(knowledgeBase).Where(p => p.Category == category)
            .Select(p => Path.GetDirectoryName(Path.GetRelativePath(knowledgeBase.Root, p.Path))?.Replace('\\', '/') ?? "")) ?? "";

    /// <summary>The owner most playbooks of <paramref name="category"/> name; null when none does.</summary>
    public static string? OwnerFor(LoadedKnowledgeBase knowledgeBase, string category) =>
        MostCommon(Playbooks(knowledgeBase).Where(p => p.Category == category && p.Owner.Length > 0).Select(p => p.Owner));

    private static IEnumerable<Playbook> Playbooks(LoadedKnowledgeBase knowledgeBase) =>
        knowledgeBase.Valid.Where(p => p.Kind == PlaybookKind.Playbook);

    private static string? MostCommon(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
}

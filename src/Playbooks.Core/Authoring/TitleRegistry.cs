using System.Text;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Authoring;

/// <summary>
/// The titles of a knowledge base, each with the file that carries it, so <c>import</c> can tell a case the knowledge
/// base already holds (the same article imported twice) from a new one. Titles compare after width folding and
/// without spaces, so a full-width digit or an extra space does not hide a duplicate. Not thread-safe.
/// </summary>
public sealed class TitleRegistry
{
    private readonly Dictionary<string, string> _paths = new(StringComparer.Ordinal);

    /// <summary>Every playbook and guide title of <paramref name="knowledgeBase"/>, with the path users see.</summary>
    public static TitleRegistry From(LoadedKnowledgeBase knowledgeBase)
    {
        var registry = new TitleRegistry();
        foreach (var file in knowledgeBase.Files)
            if (file.Playbook is { Title.Length: > 0 } playbook)
                registry.Add(playbook.Title, file.Path);
        return registry;
    }

    /// <summary>The first file (in path order) titled <paramref name="title"/>, or null.</summary>
    public string? PathOf(string title) => _paths.GetValueOrDefault(Key(title));

    /// <summary>Records that <paramref name="path"/> carries <paramref name="title"/>; the first path recorded wins.</summary>
    public void Add(string title, string path) => _paths.TryAdd(Key(title), path);

    private static string Key(string title)
    {
        var folded = TraditionalFolding.ToSimplified(title.Normalize(NormalizationForm.FormKC));
        return string.Concat(folded.Where(c => !char.IsWhiteSpace(c)));
    }
}

using Playbooks.Core.Model;
using Playbooks.Core.Parsing;

namespace Playbooks.Server.Library;

/// <summary>
/// An immutable snapshot of the parsed knowledge base for pages and <c>/api/playbooks</c>. Every readable file is in it,
/// metadata problems or not; a file that cannot be read now but was before keeps its last good version, the same rule
/// the search index follows.
/// </summary>
public sealed class PlaybookCatalog
{
    private readonly Dictionary<string, Playbook> _byId;

    public static PlaybookCatalog Empty { get; } = new([], [], 0);

    /// <summary>Playbooks and guides in path order.</summary>
    public IReadOnlyList<Playbook> All { get; }

    /// <summary>Files that cannot be read now (path → first error message), whether or not an old version is kept.</summary>
    public IReadOnlyList<BrokenFile> Broken { get; }

    /// <summary>How many playbooks have metadata problems (shown and searchable all the same).</summary>
    public int MetadataProblems { get; }

    private PlaybookCatalog(IReadOnlyList<Playbook> all, IReadOnlyList<BrokenFile> broken, int metadataProblems)
    {
        All = all;
        Broken = broken;
        MetadataProblems = metadataProblems;
        _byId = new Dictionary<string, Playbook>(StringComparer.Ordinal);
        foreach (var p in all)
            _byId.TryAdd(p.Id, p);
    }

    public Playbook? Find(string id) => _byId.GetValueOrDefault(id);

    public IEnumerable<Playbook> Playbooks => All.Where(p => p.Kind == PlaybookKind.Playbook);

    public IEnumerable<Playbook> Guides => All.Where(p => p.Kind == PlaybookKind.Guide).OrderBy(g => g.Order ?? int.MaxValue);

    /// <summary>The next snapshot: <paramref name="loaded"/> with broken files replaced by their version in this one.</summary>
    public PlaybookCatalog Next(Core.KnowledgeBase.LoadedKnowledgeBase loaded)
    {
        var previous = All.ToDictionary(p => p.Path, StringComparer.Ordinal);
        var broken = loaded.Broken.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var all = new List<Playbook>();
        var brokenFiles = new List<BrokenFile>();
        foreach (var file in loaded.Files)
        {
            if (!broken.Contains(file.Path) && file.Playbook is { } good)
            {
                all.Add(good);
                continue;
            }
            if (!broken.Contains(file.Path))
                continue;
            var kept = previous.TryGetValue(file.Path, out var last);
            if (kept)
                all.Add(last!);
            brokenFiles.Add(new BrokenFile(file.Path, kept, FirstError(file, loaded)));
        }
        return new PlaybookCatalog(all, brokenFiles, loaded.MetadataProblemCount);
    }

    /// <summary>
    /// This snapshot plus the playbooks of <paramref name="older"/> it no longer has (matched by id), for the moment
    /// between a reload's new pages and its refreshed index: the old index may still return a just-deleted playbook.
    /// </summary>
    public PlaybookCatalog Including(PlaybookCatalog older) =>
        new([.. All, .. older.All.Where(p => Find(p.Id) is null)], Broken, MetadataProblems);

    private static string FirstError(ParsedFile file, Core.KnowledgeBase.LoadedKnowledgeBase loaded) =>
        file.Findings.Concat(loaded.TreeFindings.Where(t => t.Path == file.Path)).FirstOrDefault(f => f.IsError)?.Message ?? "";
}

/// <summary>A file with errors; <see cref="KeptLastGood"/> when its previous version is still served.</summary>
public sealed record BrokenFile(string Path, bool KeptLastGood, string Error);

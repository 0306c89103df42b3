using Playbooks.Core.Authoring;

namespace Playbooks.Core.KnowledgeBase;

/// <summary>
/// Which file keeps an id that several files declare, and what the others go by. One rule for the loader (show, list,
/// lint, the site) and the search index, and one that depends only on the files as they are now, never on the order
/// they were indexed in: otherwise <c>search</c> could list a playbook under an id that <c>show</c> opens as another
/// file, or under an id nothing answers to once the other file is gone.
/// </summary>
/// <remarks>
/// The file whose name is the id keeps it (the original, when a playbook was copied to start another and its id left
/// as it was), the first in path order when none or several are; each other file goes by an id made from its file
/// name (<see cref="PlaybookId.Unique"/>), never one another file declares.
/// </remarks>
public static class SharedIds
{
    /// <summary>The id each file goes by, for every file given.</summary>
    /// <param name="declared">
    /// Each file's path relative to the knowledge base (it names a folder's own page by its folder:
    /// <see cref="PlaybookFiles.NameId"/>) and the id its front matter declares (or the one it goes by without a valid one).
    /// </param>
    public static Dictionary<string, string> Resolve(IEnumerable<(string Path, string Id)> declared)
    {
        var files = declared.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var resolved = new Dictionary<string, string>(files.Count, StringComparer.Ordinal);
        foreach (var group in files.GroupBy(f => f.Id, StringComparer.Ordinal))
        {
            var owner = group.FirstOrDefault(f => Stem(f.Path) == group.Key);
            resolved[owner.Path ?? group.First().Path] = group.Key;
        }
        var taken = files.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (path, id) in files)
        {
            if (resolved.ContainsKey(path))
                continue;
            var own = PlaybookId.Unique(id, Stem(path), taken.Contains);
            taken.Add(own);
            resolved[path] = own;
        }
        return resolved;
    }

    private static string Stem(string path) => PlaybookFiles.NameId(path);
}

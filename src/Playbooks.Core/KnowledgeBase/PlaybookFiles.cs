namespace Playbooks.Core.KnowledgeBase;

/// <summary>Finds the playbook files of a knowledge base folder.</summary>
public static class PlaybookFiles
{
    /// <summary>What a walk found: the playbook files, and the folders it could not read (absolute paths).</summary>
    /// <param name="Entries">The playbook files with their relative path, size and last write time.</param>
    public sealed record Listing(IReadOnlyList<ListedFile> Entries, IReadOnlyList<string> UnreadableFolders)
    {
        /// <summary>The playbook files' paths.</summary>
        public IReadOnlyList<string> Files => Entries.Select(e => e.Path).ToList();
    }

    /// <summary>
    /// Every <c>*.md</c> under <paramref name="root"/>, recursively, in a stable order (ordinal by relative path).
    /// Folders whose names start with '.' or '_' are skipped (drafts kept aside, editor folders), and so are
    /// README.md files, which document a folder rather than being playbooks. A subfolder that cannot be read is left
    /// out and listed in <see cref="Listing.UnreadableFolders"/>; symbolically linked folders are not followed, so a
    /// link back to an ancestor cannot make the walk loop.
    /// </summary>
    /// <exception cref="UnauthorizedAccessException">The root itself may not be read.</exception>
    public static Listing Scan(string root, IFolderListing? listing = null)
    {
        listing ??= DiskFolderListing.Instance;
        var files = new List<ListedFile>();
        var unreadable = new List<string>();
        Walk(listing, root, "", files, unreadable);
        // Ordered by the relative path computed once per file: computing it inside the comparison made sorting 100 000
        // files cost seconds.
        files.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        unreadable.Sort(StringComparer.Ordinal);
        return new Listing(files, unreadable);
    }

    /// <summary>The files of <see cref="Scan"/>.</summary>
    public static IReadOnlyList<string> Enumerate(string root) => Scan(root).Files;

    public static bool IsIgnoredFolderName(string name) => name.StartsWith('.') || name.StartsWith('_');

    public static bool IsPlaybookFileName(string name) =>
        name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !name.Equals("README.md", StringComparison.OrdinalIgnoreCase);

    /// <summary>Relative path with forward slashes, as shown to users and stored in the index.</summary>
    public static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    /// <param name="relativeFolder">
    /// <paramref name="folder"/> relative to the knowledge base with a trailing '/', or "" for the knowledge base itself:
    /// each file's relative path is this plus its name (no path arithmetic per file).
    /// </param>
    private static void Walk(IFolderListing listing, string folder, string relativeFolder, List<ListedFile> files, List<string> unreadable)
    {
        IEnumerable<ListedFile> names;
        IEnumerable<(string Path, bool IsLink)> subs;
        try
        {
            names = listing.Files(folder);
            subs = listing.Folders(folder);
        }
        catch (Exception ex) when (relativeFolder.Length > 0 && ex is UnauthorizedAccessException or IOException)
        {
            unreadable.Add(folder);
            return;
        }
        foreach (var file in names)
            if (Path.GetFileName(file.Path) is var name && IsPlaybookFileName(name))
                files.Add(file with { Relative = relativeFolder + name });
        foreach (var (sub, isLink) in subs)
            if (Path.GetFileName(sub) is var name && !IsIgnoredFolderName(name) && !isLink)
                Walk(listing, sub, relativeFolder + name + "/", files, unreadable);
    }
}

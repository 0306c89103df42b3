namespace Playbooks.Core.KnowledgeBase;

/// <summary>Finds the playbook files of a knowledge base folder.</summary>
public static class PlaybookFiles
{
    /// <summary>What a walk found: the playbook files, and the folders it could not read (absolute paths).</summary>
    public sealed record Listing(IReadOnlyList<string> Files, IReadOnlyList<string> UnreadableFolders);

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
        var files = new List<string>();
        var unreadable = new List<string>();
        Walk(listing, root, root, files, unreadable);
        files.Sort((a, b) => string.CompareOrdinal(Relative(root, a), Relative(root, b)));
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

    private static void Walk(IFolderListing listing, string root, string folder, List<string> files, List<string> unreadable)
    {
        IEnumerable<string> names;
        IEnumerable<(string Path, bool IsLink)> subs;
        try
        {
            names = listing.Files(folder);
            subs = listing.Folders(folder);
        }
        catch (Exception ex) when (folder != root && ex is UnauthorizedAccessException or IOException)
        {
            unreadable.Add(folder);
            return;
        }
        foreach (var file in names)
            if (IsPlaybookFileName(Path.GetFileName(file)))
                files.Add(file);
        foreach (var (sub, isLink) in subs)
            if (!IsIgnoredFolderName(Path.GetFileName(sub)) && !isLink)
                Walk(listing, root, sub, files, unreadable);
    }
}

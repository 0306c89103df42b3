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
    /// Every <c>*.md</c> and <c>*.markdown</c> under <paramref name="root"/>, recursively, in a stable order (ordinal by
    /// relative path). Folders and files whose names start with '.' or '_' are skipped (drafts kept aside, editor
    /// folders and files). README files are listed: the parser tells a playbook kept as its folder's README from one
    /// that documents the folder (<see cref="Parsing.ParsedFile.IsDocumentation"/>). A subfolder that cannot be read is left
    /// out and listed in <see cref="Listing.UnreadableFolders"/>; symbolically linked folders are not followed, so a
    /// link back to an ancestor cannot make the walk loop.
    /// </summary>
    /// <param name="parallel">
    /// List the folders of each level side by side on the thread pool: at 100 000 files the listing is one <c>lstat</c>
    /// per file, about half a second on one core, so a large knowledge base (the caller knows from its index) splits it
    /// over the cores. A small one lists on the calling thread, which costs less than starting the pool.
    /// </param>
    /// <exception cref="UnauthorizedAccessException">The root itself may not be read.</exception>
    public static Listing Scan(string root, IFolderListing? listing = null, bool parallel = false)
    {
        listing ??= DiskFolderListing.Instance;
        var files = new List<ListedFile>();
        var unreadable = new List<string>();
        // Level by level: the root alone first (its errors are the caller's to report), then all folders of the next level.
        var level = new List<Folder> { new(root, "") };
        while (level.Count > 0)
        {
            var found = new Folder.Contents[level.Count];
            var folders = level;
            if (parallel && folders.Count > 1)
                Parallel.For(0, folders.Count, i => found[i] = folders[i].List(listing));
            else
                for (var i = 0; i < folders.Count; i++)
                    found[i] = folders[i].List(listing);
            level = [];
            foreach (var contents in found)
            {
                files.AddRange(contents.Files);
                level.AddRange(contents.Subfolders);
                if (contents.Unreadable is { } folder)
                    unreadable.Add(folder);
            }
        }
        // Ordered by the relative path computed once per file: computing it inside the comparison made sorting 100 000
        // files cost seconds.
        files.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        unreadable.Sort(StringComparer.Ordinal);
        return new Listing(files, unreadable);
    }

    /// <summary>The files of <see cref="Scan"/>.</summary>
    public static IReadOnlyList<string> Enumerate(string root) => Scan(root).Files;

    public static bool IsIgnoredFolderName(string name) => name.StartsWith('.') || name.StartsWith('_');

    /// <summary>
    /// A Markdown file (<c>.md</c> or <c>.markdown</c>, any case) not named like an ignored folder: a name starting with
    /// '.' is an editor's or the system's (macOS's binary <c>._x.md</c> on shared drives, Emacs's <c>.#x.md</c> lock
    /// link), one starting with '_' is kept aside like <c>_drafts/</c> (a <c>_template.md</c>; Hugo's <c>_index.md</c>,
    /// a section's own page, too). A README is such a file: whether it is a playbook depends on what it says
    /// (<see cref="IsReadme"/>). <c>serve</c>'s watcher ignores the same names, so what it reloads is exactly what the
    /// commands read.
    /// </summary>
    public static bool IsPlaybookFileName(string name) =>
        (name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase))
        && !IsIgnoredFolderName(name);

    /// <summary>
    /// A README (any case, any Markdown extension): the page GitHub and Gitee show for its folder. It is a playbook only
    /// when it reads as one (a team keeping one folder per playbook, images beside it); the knowledge base's own README
    /// and a category folder's README document the folder and are left out without a word.
    /// </summary>
    public static bool IsReadme(string path) =>
        Path.GetFileNameWithoutExtension(path).Equals("README", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The id a file goes by without one of its own: its name without the extension, except that a folder's own page
    /// (<c>bot-flood/README.md</c>, <c>bot-flood/index.md</c>: GitHub's and Hugo's page bundles, Docusaurus's category
    /// index) is named by its folder. A README or index at the top of <paramref name="path"/> keeps its own name, so
    /// pass the path relative to the knowledge base: the folder a user names it by must not change its id.
    /// </summary>
    public static string NameId(string path) =>
        IsFolderPage(path) ? Path.GetFileName(Path.GetDirectoryName(path.Replace('\\', '/')))! : Path.GetFileNameWithoutExtension(path);

    /// <summary>
    /// <paramref name="path"/> is a folder's own page (see <see cref="NameId"/>) inside a named folder: its id and lint's
    /// "id and name differ" speak of the folder.
    /// </summary>
    public static bool IsFolderPage(string path)
    {
        path = path.Replace('\\', '/');
        var stem = Path.GetFileNameWithoutExtension(path);
        if (!stem.Equals("README", StringComparison.OrdinalIgnoreCase) && !stem.Equals("index", StringComparison.OrdinalIgnoreCase))
            return false;
        var folder = Path.GetFileName(Path.GetDirectoryName(path));
        return folder is { Length: > 0 } && folder != "." && folder != "..";
    }

    /// <summary>Relative path with forward slashes, as shown to users and stored in the index.</summary>
    public static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    /// <summary>A folder to list.</summary>
    /// <param name="Relative">
    /// <paramref name="Path"/> relative to the knowledge base with a trailing '/', or "" for the knowledge base itself:
    /// each file's relative path is this plus its name (no path arithmetic per file).
    /// </param>
    private sealed record Folder(string Path, string Relative)
    {
        /// <summary>What one folder holds: its playbook files, the subfolders to walk, or that it could not be read.</summary>
        public sealed record Contents(List<ListedFile> Files, List<Folder> Subfolders, string? Unreadable);

        public Contents List(IFolderListing listing)
        {
            IEnumerable<ListedFile> names;
            IEnumerable<(string Path, bool IsLink)> subs;
            try
            {
                names = listing.Files(Path);
                subs = listing.Folders(Path);
            }
            catch (Exception ex) when (Relative.Length > 0 && ex is UnauthorizedAccessException or IOException)
            {
                return new Contents([], [], Path);
            }
            var files = new List<ListedFile>();
            foreach (var file in names)
                if (System.IO.Path.GetFileName(file.Path) is var name && IsPlaybookFileName(name))
                    files.Add(file with { Relative = Relative + name });
            var folders = new List<Folder>();
            foreach (var (sub, isLink) in subs)
                if (System.IO.Path.GetFileName(sub) is var name && !IsIgnoredFolderName(name) && !isLink)
                    folders.Add(new Folder(sub, Relative + name + "/"));
            return new Contents(files, folders, null);
        }
    }
}

namespace Playbooks.Core.KnowledgeBase;

/// <summary>Finds the playbook files of a knowledge base folder.</summary>
public static class PlaybookFiles
{
    /// <summary>
    /// Every <c>*.md</c> under <paramref name="root"/>, recursively, in a stable order (ordinal by relative path).
    /// Folders whose names start with '.' or '_' are skipped (drafts kept aside, editor folders), and so are
    /// README.md files, which document a folder rather than being playbooks.
    /// </summary>
    public static IReadOnlyList<string> Enumerate(string root)
    {
        var files = new List<string>();
        Walk(root, files);
        files.Sort((a, b) => string.CompareOrdinal(Relative(root, a), Relative(root, b)));
        return files;
    }

    public static bool IsIgnoredFolderName(string name) => name.StartsWith('.') || name.StartsWith('_');

    public static bool IsPlaybookFileName(string name) =>
        name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !name.Equals("README.md", StringComparison.OrdinalIgnoreCase);

    /// <summary>Relative path with forward slashes, as shown to users and stored in the index.</summary>
    public static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static void Walk(string folder, List<string> files)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
            if (IsPlaybookFileName(Path.GetFileName(file)))
                files.Add(file);
        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            var info = new DirectoryInfo(sub);
            // Symlinked folders could loop back to an ancestor; a knowledge base has no need for them.
            if (!IsIgnoredFolderName(info.Name) && info.LinkTarget is null)
                Walk(sub, files);
        }
    }
}

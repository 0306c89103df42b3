namespace Playbooks.Core.FileSystem;

/// <summary>
/// The one rule for every file the tools write (site pages, new and imported drafts): never through a symbolic link.
/// A link planted in an earlier site (<c>site/index.html → ../victim.txt</c>) or in the knowledge base
/// (<c>community → /elsewhere</c>) would otherwise send our bytes somewhere the user never named, and a draft written
/// outside the knowledge base is never indexed although the command reported success.
/// </summary>
/// <remarks>
/// .NET has no <c>openat</c>/<c>O_NOFOLLOW</c> for folders, so each component below the root is checked with
/// <c>lstat</c> just before it is used; the final file is then created with <c>O_CREAT|O_EXCL</c>
/// (<see cref="FileMode.CreateNew"/>), which refuses a link there as well. Links above the root (a home folder
/// that is itself a link) are the user's own choice and are followed.
/// </remarks>
public static class NoFollow
{
    /// <summary>True when <paramref name="path"/> itself is a symbolic link (dangling or not); false when it does not exist.</summary>
    public static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    /// <summary>
    /// Checks <paramref name="path"/> and every existing folder between <paramref name="root"/> (excluded) and it.
    /// </summary>
    /// <param name="root">Absolute folder the write is confined to (the knowledge base, the site's output).</param>
    /// <param name="path">Absolute path under <paramref name="root"/>.</param>
    /// <param name="displayRoot">The root as the user named it, to name the offending component in messages.</param>
    /// <exception cref="PlaybooksException">A component is a symbolic link (code <c>symlink</c>).</exception>
    public static void Check(string root, string path, string displayRoot)
    {
        var current = Path.TrimEndingDirectorySeparator(root);
        foreach (var segment in Segments(root, path))
        {
            current = Path.Combine(current, segment);
            if (IsLink(current))
                throw Refused(current, Path.Combine(displayRoot, Path.GetRelativePath(root, current)).Replace('\\', '/'));
        }
    }

    /// <summary>Creates the folders from <paramref name="root"/> down to <paramref name="folder"/>, one level at a time, refusing links.</summary>
    /// <exception cref="PlaybooksException">A component is a symbolic link (code <c>symlink</c>).</exception>
    public static void CreateDirectories(string root, string folder, string displayRoot)
    {
        var current = Path.TrimEndingDirectorySeparator(root);
        foreach (var segment in Segments(root, folder))
        {
            current = Path.Combine(current, segment);
            if (IsLink(current))
                throw Refused(current, Path.Combine(displayRoot, Path.GetRelativePath(root, current)).Replace('\\', '/'));
            Directory.CreateDirectory(current);
        }
    }

    /// <summary>The error for a link at <paramref name="fullPath"/>, named <paramref name="displayPath"/> for the user.</summary>
    public static PlaybooksException Refused(string fullPath, string displayPath)
    {
        var target = new FileInfo(fullPath).LinkTarget;
        return new PlaybooksException($"{displayPath} 是符号链接（指向 {target}），不会通过链接写入文件",
            $"把 {displayPath} 换成真实的目录或文件（或删除这个链接）后重试；写入的文件必须真正位于目标目录之内",
            displayPath, ErrorKind.Symlink);
    }

    private static IEnumerable<string> Segments(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        if (relative == ".")
            return [];
        if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
            throw new ArgumentException($"{path} is not under {root}", nameof(path));
        return relative.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
    }
}

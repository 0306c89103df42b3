using Playbooks.Core;
using Playbooks.Core.FileSystem;
using Playbooks.Site.Content;

namespace Playbooks.Site.Building;

/// <summary>
/// The output folder of a build. Pages are written into a fresh hidden folder inside it
/// (<c>.playbooks-building-…</c>) whose entries replace the previous build's only when every file is on disk, so a
/// full disk or a crash leaves the previous site as it was, and a symbolic link planted in an earlier build is never
/// written through. Staying inside the folder means nothing is written beside it (its parent may not be writable, or
/// may be the user's repository) and the folder itself keeps its identity (a shell may be inside it, it may be a mount
/// point). A folder is only ever written into when it is empty or carries the marker of an earlier build: `--out .` in
/// a repository must not end with the repository cleaned out.
/// </summary>
internal sealed class OutputFolder
{
    /// <summary>Names of this tool's own work folders inside the output; a crashed build's are removed by the next.</summary>
    private const string StagingPrefix = ".playbooks-building-";
    private const string OldPrefix = ".playbooks-old-";

    private const string MarkerText = "This folder was written by `playbooks site`. Each build rewrites it and removes files it no longer needs.\n";

    private static readonly EnumerationOptions Everything = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
    };

    private readonly HashSet<string> _written = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    private readonly bool _created;

    private OutputFolder(string root, string staging, bool rebuilt, bool created)
    {
        Root = root;
        Staging = staging;
        IsRebuild = rebuilt;
        _created = created;
    }

    /// <summary>Where the site ends up (absolute, no trailing separator).</summary>
    public string Root { get; }

    /// <summary>Where this build writes until <see cref="Finish"/> swaps it in.</summary>
    public string Staging { get; }

    /// <summary>True when the folder held an earlier build.</summary>
    public bool IsRebuild { get; }

    public int WrittenCount => _written.Count;

    /// <exception cref="PlaybooksException">
    /// The folder holds other files (code <c>output-not-empty</c>), is a file or lies under one (<c>output-not-directory</c>),
    /// is or contains a symbolic link (<c>symlink</c>), or its parent cannot be written (<c>write-failed</c>).
    /// </exception>
    public static OutputFolder Prepare(string root)
    {
        root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        if (NoFollow.IsLink(root))
            throw NoFollow.Refused(root, root);
        if (File.Exists(root))
            throw new PlaybooksException($"输出路径是一个文件，不是目录：{root}", "用 --out 指定一个目录", root, ErrorKind.OutputNotDirectory);
        if (FileAbove(root) is { } file)
            throw new PlaybooksException($"输出路径 {root} 位于文件 {file} 之下，文件里不能放目录",
                "用 --out 指定一个目录，例如 --out site", root, ErrorKind.OutputNotDirectory);

        var rebuilt = false;
        var created = !Directory.Exists(root);
        if (!created)
        {
            foreach (var leftover in Directory.EnumerateDirectories(root).Where(d => IsWorkFolder(d) && !NoFollow.IsLink(d)))
                DeleteTree(leftover);
            var marker = Path.Combine(root, SitePaths.Marker);
            rebuilt = File.Exists(marker) && !NoFollow.IsLink(marker);
            if (!rebuilt && Directory.EnumerateFileSystemEntries(root).Any())
                throw new PlaybooksException($"输出目录不是空的，也不是之前生成的站点：{root}",
                    "换一个空目录或不存在的目录，例如 --out site；生成站点会覆盖目录里的文件，所以不会写入放着其他文件的目录", root, ErrorKind.OutputNotEmpty);
            // Nothing in a site is a link; one found there was put by someone else, and whoever relies on it should know
            // before the rebuild drops it.
            if (Directory.EnumerateFileSystemEntries(root, "*", Everything).FirstOrDefault(NoFollow.IsLink) is { } link)
                throw NoFollow.Refused(link, link);
        }

        var staging = Path.Combine(root, StagingPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(staging);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw WriteFailed(ex, root);
        }
        return new OutputFolder(root, staging, rebuilt, created);
    }

    /// <summary>Writes one new file (site-relative path, forward slashes) into the staging folder. Thread-safe.</summary>
    public void Write(string relative, ReadOnlySpan<byte> bytes)
    {
        WriteNew(relative, bytes);
        lock (_lock)
            _written.Add(relative);
    }

    private void WriteNew(string relative, ReadOnlySpan<byte> bytes)
    {
        var path = Path.Combine(Staging, relative.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // CreateNew (O_EXCL): the staging folder is ours and fresh, so an existing entry, link or not, is never reused.
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            stream.Write(bytes);
    }

    /// <summary>
    /// Marks the new build and moves its entries in place of the old build's, which are then deleted. Returns how many
    /// files of the old build the new one does not have.
    /// </summary>
    public int Finish()
    {
        WriteNew(SitePaths.Marker, System.Text.Encoding.UTF8.GetBytes(MarkerText));
        var previous = Directory.EnumerateFileSystemEntries(Root).Where(e => !IsWorkFolder(e)).ToList();
        var removed = IsRebuild
            ? previous.SelectMany(e => Directory.Exists(e) ? Directory.EnumerateFiles(e, "*", Everything) : [e])
                .Select(f => Path.GetRelativePath(Root, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Count(f => f != SitePaths.Marker && !_written.Contains(f))
            : 0;

        // Renames within one folder: no new bytes, so a full disk cannot stop them half-way. The site is incomplete only
        // for the moment they take, and is put back as it was if one fails.
        var old = Directory.CreateDirectory(Path.Combine(Root, OldPrefix + Guid.NewGuid().ToString("N"))).FullName;
        var retired = new List<string>();
        var placed = new List<string>();
        try
        {
            foreach (var entry in previous)
            {
                Move(entry, Path.Combine(old, Path.GetFileName(entry)));
                retired.Add(Path.GetFileName(entry));
            }
            foreach (var entry in Directory.EnumerateFileSystemEntries(Staging).ToList())
            {
                Move(entry, Path.Combine(Root, Path.GetFileName(entry)));
                placed.Add(Path.GetFileName(entry));
            }
        }
        catch
        {
            foreach (var name in placed)
                Move(Path.Combine(Root, name), Path.Combine(Staging, name));
            foreach (var name in retired)
                Move(Path.Combine(old, name), Path.Combine(Root, name));
            DeleteTree(old);
            throw;
        }
        DeleteTree(old);
        DeleteTree(Staging);
        return removed;
    }

    /// <summary>Drops the staging folder after a failed build (and the output folder if this build created it); the previous site is untouched.</summary>
    public void Abort()
    {
        DeleteTree(Staging);
        if (_created)
            DeleteTree(Root);
    }

    private static bool IsWorkFolder(string path) =>
        Path.GetFileName(path) is var name && (name.StartsWith(StagingPrefix, StringComparison.Ordinal) || name.StartsWith(OldPrefix, StringComparison.Ordinal));

    private static void Move(string from, string to)
    {
        if (Directory.Exists(from))
            Directory.Move(from, to);
        else
            File.Move(from, to);
    }

    /// <summary>A failed write as the user's problem to fix (disk full, no permission), not as a crash.</summary>
    public static PlaybooksException WriteFailed(Exception ex, string root)
    {
        const int NoSpace = 28; // ENOSPC: .NET reports the errno as the IOException's HResult on Unix
        var remedy = ex.HResult == NoSpace || ex.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase)
            ? "磁盘空间不足：腾出空间后重新运行 playbooks site"
            : ex is UnauthorizedAccessException
                ? $"没有写权限：给 {Path.GetDirectoryName(root)} 写权限，或用 --out 换一个可写的目录"
                : "检查磁盘空间和写权限，或用 --out 换一个目录，然后重新运行";
        return new PlaybooksException($"生成站点失败，无法写入：{IoErrorWording.Reason(ex)}", remedy + "；之前生成的站点（如果有）保持不变", root, ErrorKind.WriteFailed);
    }

    /// <summary>The nearest existing ancestor of <paramref name="path"/> when it is a file, not a folder.</summary>
    private static string? FileAbove(string path)
    {
        for (var folder = Path.GetDirectoryName(path); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (Directory.Exists(folder))
                return null;
            if (File.Exists(folder))
                return folder;
        }
        return null;
    }

    // Directory.Delete does not follow links on Unix: a link inside is removed, its target is left alone.
    private static void DeleteTree(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover hidden folder beside the site is harmless; failing a finished build over it would be worse.
        }
    }
}

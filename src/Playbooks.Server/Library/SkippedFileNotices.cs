using Playbooks.Search.Indexing;

namespace Playbooks.Server.Library;

/// <summary>
/// Which skip warnings <c>playbooks serve</c> prints after a reload. Every reload lists every file it left out, but a
/// messy folder would then repeat the same lines on every save of any file. A file's warning is printed when it first
/// appears, and again only when the file was saved since (its size or modification time differs: a re-saved file that
/// is still broken is news, the author expected the save to fix it) or the reason changed. A file that was reported and
/// now loads gets one "已修复" line. Not thread-safe: the watcher's reload loop is its only caller.
/// </summary>
/// <remarks>
/// Files are compared by size and modification time, not content: a skipped file may be a FIFO or a device, which
/// must never be opened, and a save that writes the same bytes again is a save the author wants answered. A save made
/// while a reload is running may be stamped with the warning about the version before it; the next reload then reads
/// it, and prints it only if its reason differs (the line printed already describes it) or it is fixed.
/// </remarks>
internal sealed class SkippedFileNotices
{
    private readonly string _root;
    private Dictionary<string, Reported> _reported;

    /// <param name="root">The folder served, for paths the refresh gave relative to it.</param>
    /// <param name="alreadyReported">What the server printed when it started (the first refresh's skipped files).</param>
    public SkippedFileNotices(string root, IEnumerable<SkippedFile> alreadyReported)
    {
        _root = root;
        _reported = alreadyReported.ToDictionary(s => s.Path, s => new Reported(s.Warning, Version(s.Path)), StringComparer.Ordinal);
    }

    /// <summary>
    /// The lines a reload that skipped <paramref name="skipped"/> has to print: warnings for new, re-saved or
    /// differently broken files, and "已修复" notes for reported files that are still there and no longer skipped.
    /// </summary>
    public (IReadOnlyList<string> Warnings, IReadOnlyList<string> Fixed) Next(IReadOnlyList<SkippedFile> skipped)
    {
        var warnings = new List<string>();
        var next = new Dictionary<string, Reported>(StringComparer.Ordinal);
        foreach (var file in skipped)
        {
            var now = new Reported(file.Warning, Version(file.Path));
            if (!_reported.TryGetValue(file.Path, out var before) || before != now)
                warnings.Add(file.Warning);
            next[file.Path] = now;
        }
        // A file deleted is not fixed: the reload line already counts what was removed.
        var fixedLines = _reported.Keys.Where(path => !next.ContainsKey(path) && Version(path) is not null)
            .Select(path => $"已修复：{path} 现在可以正常读取，检索已用上它的最新内容").ToList();
        _reported = next;
        return (warnings, fixedLines);
    }

    private FileVersion? Version(string path)
    {
        var full = Path.GetFullPath(path, _root);
        FileSystemInfo info = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full);
        try
        {
            return info.Exists ? new FileVersion(info is FileInfo file ? file.Length : 0, info.LastWriteTimeUtc) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private readonly record struct FileVersion(long Length, DateTime Written);

    private readonly record struct Reported(string Warning, FileVersion? Version);
}

using Playbooks.Core;
using Playbooks.Site.Content;

namespace Playbooks.Site.Building;

/// <summary>
/// The output folder of a build. A rebuild removes the files a previous build wrote and this one did not (a deleted
/// playbook's page), so a folder is only ever written into when it is empty or carries the marker of an earlier
/// build: `--out .` in a repository must not end with the repository cleaned out.
/// </summary>
internal sealed class OutputFolder
{
    private const string MarkerText = "This folder was written by `playbooks site`. Each build rewrites it and removes files it no longer needs.\n";

    private readonly HashSet<string> _written = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    private OutputFolder(string root, bool rebuilt)
    {
        Root = root;
        IsRebuild = rebuilt;
    }

    public string Root { get; }

    /// <summary>True when the folder held an earlier build.</summary>
    public bool IsRebuild { get; }

    public int WrittenCount => _written.Count;

    /// <exception cref="PlaybooksException">The folder holds other files (code <c>output-not-empty</c>), or is a file.</exception>
    public static OutputFolder Prepare(string root)
    {
        if (File.Exists(root))
            throw new PlaybooksException($"输出路径是一个文件，不是目录：{root}", "用 --out 指定一个目录", root, "output-not-directory");
        if (!Directory.Exists(root))
        {
            Directory.CreateDirectory(root);
            return new OutputFolder(root, rebuilt: false);
        }
        if (File.Exists(Path.Combine(root, SitePaths.Marker)))
            return new OutputFolder(root, rebuilt: true);
        if (Directory.EnumerateFileSystemEntries(root).Any())
            throw new PlaybooksException($"输出目录不是空的，也不是之前生成的站点：{root}",
                "换一个空目录或不存在的目录，例如 --out site；生成站点会覆盖目录里的文件，所以不会写入放着其他文件的目录", root, "output-not-empty");
        return new OutputFolder(root, rebuilt: false);
    }

    /// <summary>Writes one file (site-relative path, forward slashes). Thread-safe.</summary>
    public void Write(string relative, ReadOnlySpan<byte> bytes)
    {
        var path = Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None))
            stream.Write(bytes);
        lock (_lock)
            _written.Add(Path.GetFullPath(path));
    }

    /// <summary>Deletes what an earlier build left that this one did not write, then marks the folder. Returns the number removed.</summary>
    public int Finish()
    {
        var removed = 0;
        if (IsRebuild)
        {
            var marker = Path.GetFullPath(Path.Combine(Root, SitePaths.Marker));
            foreach (var file in Directory.EnumerateFiles(Root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }))
            {
                var full = Path.GetFullPath(file);
                if (full == marker || _written.Contains(full))
                    continue;
                File.Delete(full);
                removed++;
            }
            foreach (var folder in Directory.EnumerateDirectories(Root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
                         .OrderByDescending(d => d.Length))
                if (!Directory.EnumerateFileSystemEntries(folder).Any())
                    Directory.Delete(folder);
        }
        File.WriteAllText(Path.Combine(Root, SitePaths.Marker), MarkerText);
        return removed;
    }
}

using System.IO.Enumeration;

namespace Playbooks.Core.KnowledgeBase;

/// <summary>
/// How <see cref="PlaybookFiles"/> lists a folder: the real file system by default. Tests substitute one that fails
/// like a folder without read permission, which a test running as root (CI) cannot make with <c>chmod 000</c>.
/// </summary>
public interface IFolderListing
{
    /// <summary>Files directly in <paramref name="folder"/>, with their size and last write time.</summary>
    /// <exception cref="UnauthorizedAccessException">The folder may not be read.</exception>
    /// <exception cref="IOException">The folder vanished or cannot be read.</exception>
    IEnumerable<ListedFile> Files(string folder);

    /// <summary>Subfolders directly in <paramref name="folder"/>, with whether each is a symbolic link.</summary>
    IEnumerable<(string Path, bool IsLink)> Folders(string folder);
}

/// <summary>The real file system.</summary>
public sealed class DiskFolderListing : IFolderListing
{
    public static DiskFolderListing Instance { get; } = new();

    /// <summary>
    /// What <see cref="Directory.EnumerateFiles(string)"/> lists: hidden files too (a name starting with '.' on Unix), and
    /// a folder that cannot be read throws. A bare <see cref="EnumerationOptions"/> would skip both silently.
    /// </summary>
    private static readonly EnumerationOptions Everything = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    // Materialised here so that a permission error surfaces in this call, where the walk catches it, and not later.
    // FileSystemEnumerable hands each entry's size and time over with the listing (one stat, or none on Windows),
    // where a FileInfo per file would look each one up again.
    public IEnumerable<ListedFile> Files(string folder) =>
        new FileSystemEnumerable<ListedFile>(folder, (ref FileSystemEntry entry) =>
            new ListedFile(entry.ToFullPath(), entry.Length, entry.LastWriteTimeUtc.UtcDateTime), Everything)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
        }.ToList();

    public IEnumerable<(string Path, bool IsLink)> Folders(string folder) =>
        Directory.EnumerateDirectories(folder).Select(sub => (sub, new DirectoryInfo(sub).LinkTarget is not null)).ToList();
}

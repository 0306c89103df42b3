using Playbooks.Core.Diagnostics;
using Playbooks.Core.KnowledgeBase;

namespace Playbooks.Core.Tests.KnowledgeBase;

/// <summary>
/// A subfolder without read permission. Tests run as root in CI, where <c>chmod 000</c> does not deny reading, so the
/// folder listing is replaced by one that fails for that folder as the file system would for another user.
/// </summary>
public sealed class UnreadableFolderTests
{
    [Fact]
    public void The_walk_skips_an_unreadable_subfolder_and_names_it()
    {
        using var folder = new TempFolder();
        Write(folder, "community/kept.md", "x");
        Write(folder, "locked/hidden.md", "x");
        var locked = Path.Combine(folder.Path, "locked");

        var listing = PlaybookFiles.Scan(folder.Path, new DenyingListing(locked));

        Assert.Equal(["community/kept.md"], listing.Files.Select(f => PlaybookFiles.Relative(folder.Path, f)));
        Assert.Equal([locked], listing.UnreadableFolders);
    }

    [Fact]
    public void The_parallel_walk_skips_an_unreadable_subfolder_and_names_it_too()
    {
        using var folder = new TempFolder();
        Write(folder, "community/kept.md", "x");
        Write(folder, "community/locked/hidden.md", "x");
        Write(folder, "user/also-kept.md", "x");
        var locked = Path.Combine(folder.Path, "community", "locked");

        var listing = PlaybookFiles.Scan(folder.Path, new DenyingListing(locked), parallel: true);

        Assert.Equal(["community/kept.md", "user/also-kept.md"], listing.Entries.Select(e => e.Relative));
        Assert.Equal([locked], listing.UnreadableFolders);
    }

    [Fact]
    public void The_loader_warns_about_the_folder_and_loads_the_rest()
    {
        using var folder = new TempFolder();
        Write(folder, "community/kept.md", "x");
        Write(folder, "locked/hidden.md", "x");

        var loaded = new KnowledgeBaseLoader(listing: new DenyingListing(Path.Combine(folder.Path, "locked"))).Load(folder.Path);

        Assert.Single(loaded.Files);
        var warning = Assert.Single(loaded.TreeFindings);
        Assert.Equal(FindingCodes.UnreadableFolder, warning.Code);
        Assert.False(warning.IsError);
        Assert.Equal(Path.Combine(folder.Path, "locked"), warning.Path);
        Assert.Contains("无法读取这个目录", warning.Message);
    }

    [Fact]
    public void A_folder_that_cannot_be_read_at_its_root_is_an_expected_error()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<PlaybooksException>(() =>
            new KnowledgeBaseLoader(listing: new DenyingListing(folder.Path)).Load(folder.Path));

        Assert.Equal("unreadable-directory", error.Code);
    }

    private static void Write(TempFolder folder, string relative, string text)
    {
        var path = Path.Combine(folder.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>The real file system, except that listing <paramref name="denied"/> fails as without read permission.</summary>
    private sealed class DenyingListing(string denied) : IFolderListing
    {
        public IEnumerable<ListedFile> Files(string folder) =>
            folder == denied ? throw new UnauthorizedAccessException($"Access to the path '{folder}' is denied.") : DiskFolderListing.Instance.Files(folder);

        public IEnumerable<(string Path, bool IsLink)> Folders(string folder) =>
            folder == denied ? throw new UnauthorizedAccessException($"Access to the path '{folder}' is denied.") : DiskFolderListing.Instance.Folders(folder);
    }
}

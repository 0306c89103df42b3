using Playbooks.Core.KnowledgeBase;

namespace Playbooks.Core.Tests.KnowledgeBase;

public sealed class PlaybookFilesTests
{
    [Fact]
    public void Finds_markdown_files_in_subfolders_in_ordinal_order()
    {
        using var folder = new TempFolder();
        Touch(folder, "user/refund-wave.md", "community/bot-flood.md", "Zeta.md", "alpha.md", "community/deep/nested.md", "notes.txt");

        var files = PlaybookFiles.Enumerate(folder.Path).Select(f => PlaybookFiles.Relative(folder.Path, f));

        Assert.Equal(["Zeta.md", "alpha.md", "community/bot-flood.md", "community/deep/nested.md", "user/refund-wave.md"], files);
    }

    [Fact]
    public void Skips_folders_starting_with_dot_or_underscore()
    {
        using var folder = new TempFolder();
        Touch(folder, "_drafts/wip.md", ".obsidian/workspace.md", "community/_old/legacy.md", "community/_index.md", "community/kept.md");

        var files = PlaybookFiles.Enumerate(folder.Path).Select(f => PlaybookFiles.Relative(folder.Path, f));

        Assert.Equal(["community/kept.md"], files);
    }

    [Fact]
    public void Lists_readme_files_for_the_parser_to_tell_a_playbook_from_documentation()
    {
        // Was left out by name: a team keeping bot-flood/README.md saw an empty list and no warning.
        using var folder = new TempFolder();
        Touch(folder, "README.md", "community/readme.MD", "community/bot-flood/README.md");

        var files = PlaybookFiles.Enumerate(folder.Path).Select(f => PlaybookFiles.Relative(folder.Path, f));

        Assert.Equal(["README.md", "community/bot-flood/README.md", "community/readme.MD"], files);
    }

    [Theory]
    [InlineData("community/bot-flood.md", "bot-flood")]
    [InlineData("community/bot-flood/README.md", "bot-flood")]
    [InlineData("community/bot-flood/readme.markdown", "bot-flood")]
    [InlineData("community/bot-flood/index.md", "bot-flood")]
    [InlineData("community/bot-flood/Index.MD", "bot-flood")]
    [InlineData("bot-flood/index.md", "bot-flood")]
    [InlineData("index.md", "index")]
    [InlineData("README.md", "README")]
    [InlineData("community/bot-flood/SOP.md", "SOP")]
    public void A_folders_own_page_is_named_by_its_folder(string relative, string id)
    {
        Assert.Equal(id, PlaybookFiles.NameId(relative));
    }

    [Fact]
    public void Reads_markdown_extension_in_any_case_beside_md()
    {
        using var folder = new TempFolder();
        Touch(folder, "community/bot-flood.markdown", "user/refund-wave.MD", "Shop.Markdown", "notes.mdx");

        var files = PlaybookFiles.Enumerate(folder.Path).Select(f => PlaybookFiles.Relative(folder.Path, f));

        Assert.Equal(["Shop.Markdown", "community/bot-flood.markdown", "user/refund-wave.MD"], files);
    }

    [Fact]
    public void Skips_files_named_like_ignored_folders_as_editors_and_macos_leave_them()
    {
        using var folder = new TempFolder();
        Touch(folder, "community/._bot-flood.md", "community/.#bot-flood.md", "_template.md", "community/bot-flood.md");

        var files = PlaybookFiles.Enumerate(folder.Path).Select(f => PlaybookFiles.Relative(folder.Path, f));

        Assert.Equal(["community/bot-flood.md"], files);
    }

    [Fact]
    public void Does_not_follow_symlinked_folders()
    {
        using var folder = new TempFolder();
        Touch(folder, "community/kept.md");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "community", "loop"), folder.Path);

        var files = PlaybookFiles.Enumerate(folder.Path).Select(f => PlaybookFiles.Relative(folder.Path, f));

        Assert.Equal(["community/kept.md"], files);
    }

    [Fact]
    public void Lists_each_file_with_its_relative_path_size_and_last_write_time_as_the_disk_has_them()
    {
        using var folder = new TempFolder();
        Touch(folder, "community/deep/nested.md", "alpha.md");
        var nested = Path.Combine(folder.Path, "community", "deep", "nested.md");
        File.WriteAllText(nested, "## 背景\n群里刷屏");
        File.SetLastWriteTimeUtc(nested, new DateTime(2026, 11, 19, 8, 30, 0, DateTimeKind.Utc));

        var entries = PlaybookFiles.Scan(folder.Path).Entries;

        Assert.Equal(["alpha.md", "community/deep/nested.md"], entries.Select(e => e.Relative));
        Assert.Equal(entries.Select(e => PlaybookFiles.Relative(folder.Path, e.Path)), entries.Select(e => e.Relative));
        var listed = entries[1];
        Assert.Equal(new FileInfo(nested).Length, listed.Length);
        Assert.Equal(new DateTime(2026, 11, 19, 8, 30, 0, DateTimeKind.Utc), listed.LastWriteUtc);
        Assert.Equal(DateTimeKind.Utc, listed.LastWriteUtc.Kind);
    }

    [Fact]
    public void The_disk_listing_sees_dot_files_and_the_scan_leaves_them_out_by_name()
    {
        // The listing itself hides nothing (a bare EnumerationOptions would skip dot-files silently); which names are
        // playbooks is IsPlaybookFileName's rule alone.
        using var folder = new TempFolder();
        Touch(folder, "community/.draft-of-refund.md", "community/kept.md");

        var listed = DiskFolderListing.Instance.Files(Path.Combine(folder.Path, "community")).Select(f => Path.GetFileName(f.Path)).Order(StringComparer.Ordinal);
        var files = PlaybookFiles.Scan(folder.Path).Entries.Select(e => e.Relative);

        Assert.Equal([".draft-of-refund.md", "kept.md"], listed);
        Assert.Equal(["community/kept.md"], files);
    }

    [Fact]
    public void Listing_in_parallel_gives_the_same_files_sizes_times_and_order_as_on_one_thread()
    {
        using var folder = new TempFolder();
        Touch(folder, "zeta.md", "a-b/x.md", "a/deep/er/y.md", "a.md", "社群/刷屏.md", "社群/深/广告.md", "user/refund.md", "_drafts/wip.md", "user/README.md");
        File.WriteAllText(Path.Combine(folder.Path, "a", "deep", "er", "y.md"), "## 背景\n群里刷屏");

        var parallel = PlaybookFiles.Scan(folder.Path, parallel: true);
        var single = PlaybookFiles.Scan(folder.Path);

        Assert.Equal(["a-b/x.md", "a.md", "a/deep/er/y.md", "user/README.md", "user/refund.md", "zeta.md", "社群/刷屏.md", "社群/深/广告.md"], parallel.Entries.Select(e => e.Relative));
        Assert.Equal(single.Entries.Select(e => (e.Path, e.Relative, e.Length, e.LastWriteUtc)), parallel.Entries.Select(e => (e.Path, e.Relative, e.Length, e.LastWriteUtc)));
    }

    private static void Touch(TempFolder folder, params string[] files)
    {
        foreach (var file in files)
        {
            var path = Path.Combine(folder.Path, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "");
        }
    }
}

using Playbooks.Cli.Tests.Support;

namespace Playbooks.Cli.Tests.Hostile;

/// <summary>
/// Links planted in an earlier site or inside the knowledge base: every command that writes refuses them, names
/// the link, and leaves what it points to untouched.
/// </summary>
public sealed class SymlinkWriteTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CliRunner _cli;

    public SymlinkWriteTests()
    {
        _cli = new CliRunner(_temp.Path);
        _temp.Write("kb/community/bot-flood.md", SamplePlaybooks.Valid("bot-flood", "机器人小号批量进群刷屏"));
        _temp.Write("victim.txt", "别覆盖我");
        _temp.CreateDirectory("elsewhere");
    }

    public void Dispose() => _temp.Dispose();

    private static readonly string[] NewFlags =
        ["--title", "直播间突然黑屏", "--category", "内容运营", "--severity", "高", "--tags", "黑屏,断播,直播事故", "--owner", "直播运营主管"];

    [Fact]
    public async Task Site_refuses_a_page_of_the_earlier_build_that_links_outside()
    {
        await _cli.RunAsync("site", "--playbooks", "kb");
        var page = _temp.Combine("site/index.html");
        File.Delete(page);
        File.CreateSymbolicLink(page, "../victim.txt");

        var result = await _cli.RunAsync("site", "--playbooks", "kb");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"错误：{page} 是符号链接（指向 ../victim.txt），不会通过链接写入文件", result.ErrorLines[0]);
        Assert.Equal("别覆盖我", File.ReadAllText(_temp.Combine("victim.txt")));
        AssertNoStagingLeft();
    }

    [Fact]
    public async Task Site_refuses_a_folder_of_the_earlier_build_that_links_elsewhere()
    {
        await _cli.RunAsync("site", "--playbooks", "kb");
        Directory.Delete(_temp.Combine("site/tags"), recursive: true);
        Directory.CreateSymbolicLink(_temp.Combine("site/tags"), _temp.Combine("elsewhere"));

        var result = await _cli.RunAsync("site", "--playbooks", "kb");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"错误：{_temp.Combine("site/tags")} 是符号链接", result.ErrorLines[0]);
        Assert.Empty(Directory.GetFileSystemEntries(_temp.Combine("elsewhere")));
    }

    [Fact]
    public async Task Site_refuses_an_output_folder_that_is_a_link()
    {
        Directory.CreateSymbolicLink(_temp.Combine("site"), _temp.Combine("elsewhere"));

        var result = await _cli.RunAsync("site", "--playbooks", "kb");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"  位置：{_temp.Combine("site")}", result.ErrorLines);
        Assert.Empty(Directory.GetFileSystemEntries(_temp.Combine("elsewhere")));
    }

    [Fact]
    public async Task Site_refuses_an_output_path_under_a_regular_file()
    {
        _temp.Write("file.txt", "普通文件");

        var result = await _cli.RunAsync("site", "--playbooks", "kb", "--out", "file.txt/sub");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([
            $"错误：输出路径 {_temp.Combine("file.txt/sub")} 位于文件 {_temp.Combine("file.txt")} 之下，文件里不能放目录",
            $"  位置：{_temp.Combine("file.txt/sub")}",
            "  解决：用 --out 指定一个目录，例如 --out site",
        ], result.ErrorLines);
        Assert.Equal("普通文件", File.ReadAllText(_temp.Combine("file.txt")));
    }

    [Fact]
    public async Task New_refuses_a_sub_folder_that_links_outside_the_knowledge_base()
    {
        Directory.CreateSymbolicLink(_temp.Combine("kb/linkdir"), _temp.Combine("elsewhere"));

        var result = await _cli.RunAsync(["new", "--playbooks", "kb", "--id", "live-blackout", "--dir", "linkdir", .. NewFlags]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([
            $"错误：kb/linkdir 是符号链接（指向 {_temp.Combine("elsewhere")}），不会通过链接写入文件",
            "  位置：kb/linkdir",
            "  解决：把 kb/linkdir 换成真实的目录或文件（或删除这个链接）后重试；写入的文件必须真正位于目标目录之内",
        ], result.ErrorLines);
        Assert.Empty(Directory.GetFileSystemEntries(_temp.Combine("elsewhere")));
    }

    [Fact]
    public async Task New_refuses_a_link_where_the_draft_would_go()
    {
        File.CreateSymbolicLink(_temp.Combine("kb/live-blackout.md"), "../victim.txt");

        var result = await _cli.RunAsync(["new", "--playbooks", "kb", "--id", "live-blackout", "--dir", ".", .. NewFlags]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("  位置：kb/live-blackout.md", result.ErrorLines[1]);
        Assert.Equal("别覆盖我", File.ReadAllText(_temp.Combine("victim.txt")));
    }

    [Fact]
    public async Task Import_refuses_a_linked_sub_folder_and_writes_no_draft()
    {
        Directory.CreateSymbolicLink(_temp.Combine("kb/linkdir"), _temp.Combine("elsewhere"));
        _temp.Write("article.md", SampleArticles.TwoCases);

        var result = await _cli.RunAsync("import", "article.md", "--playbooks", "kb", "--dir", "linkdir");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("  位置：kb/linkdir", result.ErrorLines[1]);
        Assert.Empty(Directory.GetFileSystemEntries(_temp.Combine("elsewhere")));
    }

    private void AssertNoStagingLeft() =>
        Assert.DoesNotContain(Directory.GetDirectories(_temp.Combine("site")), d => Path.GetFileName(d).StartsWith(".playbooks-", StringComparison.Ordinal));
}

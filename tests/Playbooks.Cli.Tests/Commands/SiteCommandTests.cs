using System.Text.RegularExpressions;
using Playbooks.Cli.Tests.Support;

namespace Playbooks.Cli.Tests.Commands;

public sealed partial class SiteCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CliRunner _cli;

    public SiteCommandTests()
    {
        _cli = new CliRunner(_temp.Path);
        _temp.Write("kb/community/bot-flood.md", SamplePlaybooks.Valid("bot-flood", "机器人小号批量进群刷屏"));
        _temp.Write("kb/user/refund-wave.md", SamplePlaybooks.Valid("refund-wave", "改版后集中退款", severity: "中"));
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Writes_the_site_and_says_how_to_open_it()
    {
        var result = await _cli.RunAsync("site", "--playbooks", "kb", "--out", "public/handbook");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(Summary(), result.OutLines[0]);
        Assert.StartsWith("已生成站点：public/handbook/（2 份预案、0 篇指南，共 ", result.OutLines[0]);
        Assert.Equal("用浏览器打开 public/handbook/index.html 即可浏览和检索，不需要网络；发布时把整个 public/handbook/ 目录上传到任意静态托管。", result.OutLines[1]);
        Assert.Equal("", result.Error);
        Assert.True(File.Exists(_temp.Combine("public/handbook/playbooks/bot-flood.html")));
        Assert.True(File.Exists(_temp.Combine("public/handbook/search-data.js")));
    }

    [Fact]
    public async Task Links_each_page_to_its_file_in_the_repository_and_404_from_the_base_url()
    {
        var result = await _cli.RunAsync("site", "--playbooks", "kb", "--repo-url", "https://git.example.com/ops/edit/main/",
            "--base-url", "/handbook");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("href=\"https://git.example.com/ops/edit/main/kb/community/bot-flood.md\"", File.ReadAllText(_temp.Combine("site/playbooks/bot-flood.html")));
        Assert.Contains("href=\"/handbook/assets/site.css\"", File.ReadAllText(_temp.Combine("site/404.html")));
    }

    [Theory]
    [InlineData("--base-url", "handbook", "用法错误：--base-url 的值“handbook”不是站点的根地址")]
    [InlineData("--repo-url", "git@example.com:ops.git", "用法错误：--repo-url 的值“git@example.com:ops.git”不是网页地址")]
    public async Task A_malformed_address_is_a_usage_error_and_nothing_is_written(string option, string value, string message)
    {
        var result = await _cli.RunAsync("site", "--playbooks", "kb", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message, result.ErrorLines[0]);
        Assert.False(Directory.Exists(_temp.Combine("site")));
    }

    [Fact]
    public async Task Writes_to_site_in_the_current_folder_by_default()
    {
        var result = await _cli.RunAsync("site", "--playbooks", "kb");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(_temp.Combine("site/index.html")));
        Assert.StartsWith("已生成站点：site/（", result.OutLines[0]);
    }

    [Fact]
    public async Task Refuses_a_folder_that_holds_other_files()
    {
        _temp.Write("notes/todo.txt", "别删我");

        var result = await _cli.RunAsync("site", "--playbooks", "kb", "--out", "notes");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([
            $"错误：输出目录不是空的，也不是之前生成的站点：{_temp.Combine("notes")}",
            $"  位置：{_temp.Combine("notes")}",
            "  解决：换一个空目录或不存在的目录，例如 --out site；生成站点会覆盖目录里的文件，所以不会写入放着其他文件的目录",
        ], result.ErrorLines);
        Assert.True(File.Exists(_temp.Combine("notes/todo.txt")));
    }

    [Fact]
    public async Task Rebuilding_over_an_earlier_site_is_allowed()
    {
        await _cli.RunAsync("site", "--playbooks", "kb", "--out", "out");
        File.Delete(_temp.Combine("kb/user/refund-wave.md"));

        var result = await _cli.RunAsync("site", "--playbooks", "kb", "--out", "out");

        Assert.Equal(0, result.ExitCode);
        Assert.False(File.Exists(_temp.Combine("out/playbooks/refund-wave.html")));
        Assert.Contains("已删除上次生成、这次不再需要的", result.Out);
    }

    [GeneratedRegex(@"^已生成站点：.+/（\d+ 份预案、\d+ 篇指南，共 \d+ 个页面；检索数据 \d+ KB；用时 \d+\.\d 秒）$")]
    private static partial Regex Summary();
}

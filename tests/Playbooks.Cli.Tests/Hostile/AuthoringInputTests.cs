using System.Text;
using Playbooks.Cli.Tests.Support;

namespace Playbooks.Cli.Tests.Hostile;

/// <summary>Titles, ids, limits and article sizes that would make a broken file or an endless run: each is refused up front.</summary>
public sealed class AuthoringInputTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CliRunner _cli;

    public AuthoringInputTests()
    {
        _cli = new CliRunner(_temp.Path);
        _temp.Write("kb/community/bot-flood.md", SamplePlaybooks.Valid("bot-flood", "机器人小号批量进群刷屏"));
    }

    public void Dispose() => _temp.Dispose();

    private Task<CliResult> New(string id, string title) => _cli.RunAsync(
        "new", "--playbooks", "kb", "--id", id, "--title", title, "--category", "社群运营", "--severity", "高", "--tags", "刷屏,广告,炸群", "--owner", "社群运营主管");

    private string[] KnowledgeBaseFiles() => Directory.GetFiles(_temp.Combine("kb"), "*", SearchOption.AllDirectories);

    [Theory]
    [InlineData("群里刷屏\n第二行", "--title 无效：标题只能有一行：一句话说清是什么事故")]
    [InlineData("群里\u001b[31m刷屏", "--title 无效：标题含有不可见的控制字符（U+001B），删掉后重试")]
    [InlineData("群里\u202e屏刷", "--title 无效：标题含有不可见的控制字符（U+202E），删掉后重试")]
    public async Task New_refuses_a_title_that_is_not_one_plain_line(string title, string message)
    {
        var result = await New("spam-wave", title);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"用法错误：{message}", result.ErrorLines[0]);
        Assert.Single(KnowledgeBaseFiles());
    }

    [Fact]
    public async Task New_refuses_a_title_of_two_thousand_characters()
    {
        var result = await New("spam-wave", new string('刷', 2000));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("用法错误：--title 无效：标题太长（2000 个字，最多 100 个）：一句话说清是什么事故，细节写进“背景”", result.ErrorLines[0]);
        Assert.Single(KnowledgeBaseFiles());
    }

    [Theory]
    [InlineData("con")]
    [InlineData("nul")]
    [InlineData("com1")]
    [InlineData("lpt9")]
    public async Task New_refuses_windows_device_names_as_ids(string id)
    {
        var result = await New(id, "群里刷屏");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"用法错误：--id 无效：“{id}”是 Windows 的保留设备名，这样命名的文件在 Windows 上无法打开；换一个，例如 {id}-incident", result.ErrorLines[0]);
        Assert.Single(KnowledgeBaseFiles());
    }

    [Fact]
    public async Task New_says_a_300_character_id_is_too_long_not_a_permission_problem()
    {
        var result = await New(string.Join('-', Enumerable.Repeat("spam", 60)), "群里刷屏");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("用法错误：--id 无效：id 太长（299 个字符，最多 64 个）：它也是文件名，写几个关键词即可，例如 bot-flood", result.ErrorLines[0]);
    }

    [Fact]
    public async Task Import_refuses_standard_input_over_the_playbook_size_limit_and_plans_nothing()
    {
        _cli.Input = new StringBuilder().Insert(0, "1、群里刷屏\n【社群背景】有人刷屏。\n", 30_000).ToString();

        var result = await _cli.RunAsync("import", "-", "--playbooks", "kb", "--dry-run");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([
            "错误：文章过大（超过上限，上限 1 MiB 即 1,048,576 字节，与预案文件相同）",
            "  位置：标准输入",
            "  解决：只保留文章正文再导入，或把文章拆成几份分别导入",
        ], result.ErrorLines);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task Import_refuses_a_file_over_the_playbook_size_limit()
    {
        _temp.Write("big.md", "1、群里刷屏\n【社群背景】" + new string('刷', 400_000));

        var result = await _cli.RunAsync("import", "big.md", "--playbooks", "kb");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("错误：文章过大（1,200,035 字节，上限 1 MiB 即 1,048,576 字节，与预案文件相同）", result.ErrorLines[0]);
        Assert.Single(KnowledgeBaseFiles());
    }

    [Theory]
    [InlineData("search", "刷屏")]
    [InlineData("similar", "bot-flood")]
    public async Task Search_and_similar_share_one_limit_rule(string command, string argument)
    {
        foreach (var limit in new[] { "0", "101" })
        {
            var result = await _cli.RunAsync(command, argument, "--playbooks", "kb", "--limit", limit);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal([$"用法错误：--limit 应在 1 到 100 之间，实际是 {limit}", "  解决：例如 --limit 10"], result.ErrorLines);
        }
    }

    [Fact]
    public async Task A_limit_out_of_range_reads_like_a_limit_that_is_not_a_number()
    {
        var outOfRange = await _cli.RunAsync("search", "刷屏", "--playbooks", "kb", "--limit", "0");
        var notANumber = await _cli.RunAsync("search", "刷屏", "--playbooks", "kb", "--limit", "abc");

        Assert.Equal((2, 2), (outOfRange.ExitCode, notANumber.ExitCode));
        Assert.StartsWith("用法错误：--limit ", outOfRange.ErrorLines[0]);
        Assert.StartsWith("用法错误：--limit ", notANumber.ErrorLines[0]);
        Assert.StartsWith("  解决：", outOfRange.ErrorLines[1]);
    }

    [Fact]
    public async Task Search_refuses_more_than_a_mebibyte_on_standard_input_before_reading_it_all()
    {
        _cli.Input = new string('刷', 400_000); // 1.2 MB as UTF-8

        var result = await _cli.RunAsync("search", "-", "--playbooks", "kb");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("用法错误：从标准输入读到的检索内容超过 1 MiB", result.ErrorLines[0]);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task A_description_piped_in_is_searched_without_its_closing_newline()
    {
        _cli.Input = "群里刷屏\n";

        var result = await _cli.RunAsync("search", "-", "--playbooks", "kb", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        Assert.Equal("群里刷屏", json.RootElement.GetProperty("query").GetString());
    }
}

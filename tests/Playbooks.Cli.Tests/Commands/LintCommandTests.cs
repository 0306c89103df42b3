using System.Text.Json;
using Playbooks.Cli.Tests.Support;

namespace Playbooks.Cli.Tests.Commands;

public sealed class LintCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CliRunner _cli;

    public LintCommandTests() => _cli = new CliRunner(_temp.Path);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Exits_0_and_says_so_when_every_playbook_is_clean()
    {
        _temp.Write("kb/community/bot-flood.md", SamplePlaybooks.Valid("bot-flood", "机器人小号批量进群刷屏"));
        _temp.Write("kb/user/refund-wave.md", SamplePlaybooks.Valid("refund-wave", "改版后集中退款"));

        var result = await _cli.RunAsync("lint", _temp.Combine("kb"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["检查了 2 个文件，没有发现问题。"], result.OutLines);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task A_newline_in_a_file_name_does_not_split_a_finding_over_two_lines()
    {
        _temp.Write("kb/new\nline.md", SamplePlaybooks.Valid("new-line", "文件名里有换行的预案"));

        var result = await _cli.RunAsync("lint", _temp.Combine("kb"));

        var finding = Assert.Single(result.OutLines, l => l.Contains("new-line"));
        Assert.StartsWith($"{_temp.Combine("kb")}/new\\u000aline.md:2:5: 警告: id“new-line”与文件名“new\\u000aline.md”不一致", finding);
        Assert.Equal(2, result.OutLines.Count);
    }

    [Fact]
    public async Task An_empty_folder_argument_or_option_is_a_usage_error_not_the_local_knowledge_base()
    {
        // `lint "$KB"` or `--playbooks "$KB"` with KB unset must not quietly check ./playbooks instead.
        _temp.Write("playbooks/community/bot-flood.md", SamplePlaybooks.Valid("bot-flood", "机器人小号批量进群刷屏"));

        var argument = await _cli.RunAsync("lint", "");
        var option = await _cli.RunAsync("lint", "--playbooks", " ");

        Assert.Equal((2, ""), (argument.ExitCode, argument.Out));
        Assert.Equal("用法错误：要检查的目录（DIR）是空的", argument.ErrorLines[0]);
        Assert.Equal((2, ""), (option.ExitCode, option.Out));
        Assert.Equal("用法错误：--playbooks 的值是空的", option.ErrorLines[0]);
    }

    [Fact]
    public async Task Exits_1_with_a_compiler_style_line_per_error_and_a_summary()
    {
        _temp.Write("kb/community/bot-flood.md", SamplePlaybooks.Valid("bot-flood", "机器人小号批量进群刷屏"));
        var bad = _temp.Write("kb/community/missing-retro.md", SamplePlaybooks.WithoutRetrospective("missing-retro"));

        var result = await _cli.RunAsync("lint", _temp.Combine("kb"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                $"{bad}:29:1: 错误: 缺少章节“复盘反思” — 加一个 `## 复盘反思` 标题并写上内容",
                "检查了 2 个文件：1 个错误，0 个警告。",
            ],
            result.OutLines);
    }

    [Fact]
    public async Task Warns_about_an_unknown_severity_with_its_line_and_a_fix_and_exits_0()
    {
        var bad = _temp.Write("kb/community/bad-severity.md", SamplePlaybooks.WithUnknownSeverity("bad-severity"));
        _temp.Write("kb/community/urgent.md", SamplePlaybooks.Valid("urgent", "紧急的预案", severity: "紧急"));
        _temp.Write("kb/community/p-zero.md", SamplePlaybooks.Valid("p-zero", "P0 的预案", severity: "P0"));

        var result = await _cli.RunAsync("lint", _temp.Combine("kb"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                $"{bad}:6:11: 警告: 未知的严重程度“超高”，暂按“未定级”显示、排在已定级的预案之后 — 改成 低/中/高/严重（也认识 紧急、P0–P4、S1–S4、一级–四级、critical/high/medium/low 等） 之一；团队自己的叫法可在 playbooks.yml 里声明，如 `severity: {{ 超高: 高 }}`",
                "检查了 3 个文件：0 个错误，1 个警告。",
            ],
            result.OutLines);
    }

    [Fact]
    public async Task Warns_where_handling_is_written_as_paragraphs_and_says_to_number_the_steps()
    {
        var prose = _temp.Write("kb/community/prose.md", SamplePlaybooks.WithProseHandling("prose"));

        var result = await _cli.RunAsync("lint", _temp.Combine("kb"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                $"{prose}:27:1: 警告: “处理方法”写成了段落，没有编号步骤：检索结果和处理清单列不出步骤，也查不出每步由谁做、多久内完成 — 把每一步单独写成一行编号步骤（1. 2. 3.），例如“1. **社群助教（2 分钟内）** 开启全员禁言”",
                "检查了 1 个文件：0 个错误，1 个警告。",
            ],
            result.OutLines);
    }

    [Fact]
    public async Task Exits_0_when_there_are_only_warnings()
    {
        var file = _temp.Write("kb/community/no-owner.md", SamplePlaybooks.WithoutOwner("no-owner"));

        var result = await _cli.RunAsync("lint", _temp.Combine("kb"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                $"{file}:1:1: 警告: 缺少 owner（负责角色） — 加一行 `owner: 社群运营主管`",
                "检查了 1 个文件：0 个错误，1 个警告。",
            ],
            result.OutLines);
    }

    [Fact]
    public async Task Prints_paths_relative_to_the_current_directory_when_DIR_is_relative()
    {
        _temp.Write("playbooks/community/missing-retro.md", SamplePlaybooks.WithoutRetrospective("missing-retro"));

        var result = await _cli.RunAsync("lint", "playbooks");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("playbooks/community/missing-retro.md:29:1: 错误: ", result.OutLines[0]);
    }

    [Fact]
    public async Task Json_lists_each_finding_with_position_level_code_message_and_fix()
    {
        var bad = _temp.Write("kb/community/missing-retro.md", SamplePlaybooks.WithoutRetrospective("missing-retro"));
        var warned = _temp.Write("kb/community/no-owner.md", SamplePlaybooks.WithoutOwner("no-owner"));

        var result = await _cli.RunAsync("lint", _temp.Combine("kb"), "--json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("filesChecked").GetInt32());
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        Assert.Equal(1, root.GetProperty("warnings").GetInt32());
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(2, findings.Count);

        var error = findings[0];
        Assert.Equal(["path", "line", "column", "level", "code", "message", "fix"], error.EnumerateObject().Select(p => p.Name));
        Assert.Equal(bad, error.GetProperty("path").GetString());
        Assert.Equal(29, error.GetProperty("line").GetInt32());
        Assert.Equal(1, error.GetProperty("column").GetInt32());
        Assert.Equal("error", error.GetProperty("level").GetString());
        Assert.Equal("missing-section", error.GetProperty("code").GetString());
        Assert.Equal("缺少章节“复盘反思”", error.GetProperty("message").GetString());
        Assert.Equal("加一个 `## 复盘反思` 标题并写上内容", error.GetProperty("fix").GetString());

        var warning = findings[1];
        Assert.Equal(warned, warning.GetProperty("path").GetString());
        Assert.Equal("warning", warning.GetProperty("level").GetString());
        Assert.Equal("missing-field", warning.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_rule_repeated_many_times_in_one_file_shows_twenty_then_says_how_many_more()
    {
        // A file of nothing but headings: one unknown-heading warning per line would bury every other file's findings.
        var headings = string.Concat(Enumerable.Range(1, 25).Select(i => $"\n## 小节{i}\n"));
        var noisy = _temp.Write("kb/community/headings.md", SamplePlaybooks.Valid("headings", "全是小标题的预案") + headings);
        _temp.Write("kb/community/no-owner.md", SamplePlaybooks.WithoutOwner("no-owner"));

        var text = await _cli.RunAsync("lint", _temp.Combine("kb"));
        var json = await _cli.RunAsync("lint", _temp.Combine("kb"), "--json");

        var shown = text.OutLines.Where(l => l.StartsWith(noisy, StringComparison.Ordinal)).ToList();
        Assert.Equal(21, shown.Count);
        Assert.All(shown.Take(20), l => Assert.Contains("不是五个章节之一", l));
        Assert.Equal($"{noisy}: 警告: ……另有 5 处同类问题（unknown-heading），运行 playbooks lint --json 可列出全部", shown[20]);
        Assert.Contains(text.OutLines, l => l.Contains("no-owner.md"));
        using var document = JsonDocument.Parse(json.Out);
        var all = document.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(25, all.Count(f => f.GetProperty("path").GetString() == noisy && f.GetProperty("code").GetString() == "unknown-heading"));
        Assert.Equal($"检查了 2 个文件：0 个错误，{all.Count} 个警告。", text.OutLines[^1]);
    }

    [Fact]
    public async Task Json_of_a_clean_knowledge_base_has_an_empty_findings_array()
    {
        _temp.Write("kb/community/bot-flood.md", SamplePlaybooks.Valid("bot-flood", "机器人小号批量进群刷屏"));

        var result = await _cli.RunAsync("lint", "--json", _temp.Combine("kb"));

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("findings").ValueKind);
        Assert.Equal(0, json.RootElement.GetProperty("findings").GetArrayLength());
    }

    [Theory]
    [InlineData("--bogus", "未知选项 --bogus。")]
    [InlineData("--jsn", "未知选项 --jsn。是不是要用 --json？")]
    public async Task Unknown_option_is_a_usage_error_with_exit_2(string option, string message)
    {
        _temp.Write("kb/community/bot-flood.md", SamplePlaybooks.Valid("bot-flood", "机器人小号批量进群刷屏"));

        var result = await _cli.RunAsync("lint", option);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            [
                $"用法错误：{message}",
                "  解决：运行 `playbooks lint --help` 查看可用的选项",
            ],
            result.ErrorLines);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task Unknown_option_after_DIR_is_a_usage_error_with_exit_2()
    {
        var kb = _temp.CreateDirectory("kb");

        var result = await _cli.RunAsync("lint", kb, "--bogus");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("用法错误：", result.ErrorLines[0]);
        Assert.Contains("--bogus", result.ErrorLines[0]);
    }

    [Fact]
    public async Task Nonexistent_DIR_exits_1_with_message_location_and_remedy_and_no_stack_trace()
    {
        var missing = _temp.Combine("no-such-folder");

        var result = await _cli.RunAsync("lint", missing);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                $"错误：预案目录不存在：{missing}",
                $"  位置：{missing}",
                "  解决：检查路径，或用 --playbooks 指定预案目录",
            ],
            result.ErrorLines);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Equal("", result.Out);
    }
}

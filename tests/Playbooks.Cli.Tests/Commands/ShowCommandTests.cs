using System.Text.Json;
using Playbooks.Cli.Tests.Support;

namespace Playbooks.Cli.Tests.Commands;

public sealed class ShowCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CliRunner _cli;
    private readonly string _kb;
    private readonly string _botFlood;

    public ShowCommandTests()
    {
        _cli = new CliRunner(_temp.Path);
        _kb = _temp.Combine("kb");
        _botFlood = _temp.Write("kb/community/bot-flood.md", SamplePlaybooks.Valid("bot-flood", "机器人小号批量进群刷屏"));
        _temp.Write("kb/user/refund-wave.md", SamplePlaybooks.Valid("refund-wave", "改版后集中退款"));
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>The title of each rounded panel, in order ("" for a panel without one).</summary>
    private static List<string> PanelHeaders(CliResult result) =>
        result.OutLines.Where(l => l.StartsWith("╭─", StringComparison.Ordinal)).Select(l => l.TrimStart('╭', '─').TrimEnd('╮', '─')).ToList();

    [Fact]
    public async Task Renders_the_title_then_each_section_as_a_panel_in_order()
    {
        var result = await _cli.RunAsync("show", "bot-flood", "--playbooks", _kb);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("╔═机器人小号批量进群刷屏═", result.OutLines[0]);
        Assert.Equal(["背景", "风险源头", "激化情况", "处理方法", "复盘反思"], PanelHeaders(result));
        Assert.Contains(result.OutLines, l => l.Contains("群里突然涌进大量新号，同时发广告。"));
        Assert.Contains(result.OutLines, l => l.Contains("2. 社群助教（15 分钟内） 批量移出可疑账号。"));
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task Panels_use_the_canonical_name_whatever_heading_the_file_uses()
    {
        _temp.Write("kb/community/variant-headings.md", SamplePlaybooks.Valid("variant-headings", "标题写法各异的预案")
            .Replace("## 背景", "## 【社群背景】")
            .Replace("## 处理方法", "## 三、处置措施"));

        var result = await _cli.RunAsync("show", "variant-headings", "--playbooks", _kb);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.StartsWith("╭─背景─", StringComparison.Ordinal));
        Assert.Contains(result.OutLines, l => l.StartsWith("╭─处理方法─", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Obsidian_wiki_links_and_callout_markers_read_as_the_site_shows_them()
    {
        _temp.Write("kb/community/obsidian-note.md", SamplePlaybooks.Valid("obsidian-note", "从 Obsidian 搬来的预案")
            .Replace("群里突然涌进大量新号，同时发广告。",
                "群里突然涌进大量新号，先看 [[bot-flood|机器人刷屏预案]] 和 [[refund-wave]]。\n\n> [!warning]+ 注意\n> 不要在群里公开争论。"));

        var result = await _cli.RunAsync("show", "obsidian-note", "--playbooks", _kb);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.Contains("先看 机器人刷屏预案 和 refund-wave。"));
        Assert.Contains(result.OutLines, l => l.Contains("> 注意"));
        Assert.DoesNotContain(result.OutLines, l => l.Contains("[[") || l.Contains("[!warning]"));
    }

    [Fact]
    public async Task Json_has_sections_plain_handling_steps_and_the_raw_markdown()
    {
        var result = await _cli.RunAsync("show", "bot-flood", "--playbooks", _kb, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("bot-flood", root.GetProperty("id").GetString());

        var sections = root.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(["background", "risk", "escalation", "handling", "retrospective"], sections.Select(s => s.GetProperty("key").GetString()));
        Assert.Equal(["背景", "风险源头", "激化情况", "处理方法", "复盘反思"], sections.Select(s => s.GetProperty("name").GetString()));
        var background = sections[0];
        Assert.Equal(["key", "name", "heading", "line", "markdown"], background.EnumerateObject().Select(p => p.Name));
        Assert.Equal("背景", background.GetProperty("heading").GetString());
        Assert.Equal(13, background.GetProperty("line").GetInt32());
        Assert.Equal("群里突然涌进大量新号，同时发广告。", background.GetProperty("markdown").GetString());

        Assert.Equal(["社群助教（2 分钟内） 开启进群确认。", "社群助教（15 分钟内） 批量移出可疑账号。"], root.GetProperty("handlingSteps").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(File.ReadAllText(_botFlood), root.GetProperty("markdown").GetString());
    }

    [Fact]
    public async Task A_guide_is_rendered_as_panels_named_by_its_headings_without_markdown_heading_marks()
    {
        _temp.Write("kb/guides/first-week.md", """
            ---
            id: first-week
            title: 新人第一周
            kind: guide
            order: 1
            ---

            # 新人第一周

            先读完这一篇。

            ## 要点

            - **先听**：第一周多看群。

            ### 小结

            不懂就问。

            ## 练习

            ```
            ## 这一行在代码块里
            ```
            """);

        var result = await _cli.RunAsync("show", "first-week", "--playbooks", _kb);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("╔═新人第一周═", result.OutLines[0]);
        Assert.Equal(["", "要点", "练习"], PanelHeaders(result));
        Assert.Contains(result.OutLines, l => l.Contains("先读完这一篇。"));
        Assert.Contains(result.OutLines, l => l.Contains("- 先听：第一周多看群。"));
        Assert.Contains(result.OutLines, l => l.Contains("│ 小结"));
        Assert.DoesNotContain(result.OutLines, l => l.Contains("# 新人第一周") || l.Contains("## 要点") || l.Contains("### 小结"));
        Assert.Equal(1, result.OutLines.Count(l => l.Contains("新人第一周")));
        Assert.Contains(result.OutLines, l => l.Contains("│ ## 这一行在代码块里"));
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task Json_keeps_the_heading_as_written()
    {
        _temp.Write("kb/community/variant-headings.md", SamplePlaybooks.Valid("variant-headings", "标题写法各异的预案")
            .Replace("## 背景", "## 【社群背景】"));

        var result = await _cli.RunAsync("show", "variant-headings", "--playbooks", _kb, "--json");

        using var json = JsonDocument.Parse(result.Out);
        var background = json.RootElement.GetProperty("sections")[0];
        Assert.Equal("background", background.GetProperty("key").GetString());
        Assert.Equal("【社群背景】", background.GetProperty("heading").GetString());
    }

    [Fact]
    public async Task Unknown_id_exits_1_and_suggests_the_closest_ids()
    {
        var result = await _cli.RunAsync("show", "bot-flod", "--playbooks", _kb);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "错误：找不到 id 为“bot-flod”的预案",
                "  解决：最接近的 id：bot-flood。用 `playbooks list` 查看全部，或用 `playbooks search \"描述\"` 按情况查找",
            ],
            result.ErrorLines);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task A_playbook_with_an_unknown_severity_is_shown_as_unrated()
    {
        _temp.Write("kb/community/odd.md", SamplePlaybooks.WithUnknownSeverity("odd"));

        var result = await _cli.RunAsync("show", "odd", "--playbooks", _kb);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.Contains("严重程度") && l.Contains("超高（未定级）"));
    }

    [Fact]
    public async Task Unreadable_files_cannot_be_shown()
    {
        _temp.Write("kb/community/broken.md", SamplePlaybooks.HalfSaved("broken"));

        var result = await _cli.RunAsync("show", "broken", "--playbooks", _kb);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"警告：已跳过 {_kb}/community/broken.md:1：front matter 没有结束：第 1 行的 --- 之后找不到闭合的 ---", result.ErrorLines[0]);
        Assert.Contains("错误：找不到 id 为“broken”的预案", result.ErrorLines);
    }

    [Fact]
    public async Task Missing_id_is_a_usage_error()
    {
        var result = await _cli.RunAsync("show", "--playbooks", _kb);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["用法错误：缺少参数 <id>（预案 id，例如 bot-flood）", "  解决：例如：playbooks show bot-flood"], result.ErrorLines);
    }

    [Fact]
    public async Task Option_in_place_of_the_id_is_a_usage_error()
    {
        var result = await _cli.RunAsync("show", "--jsn", "--playbooks", _kb);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            [
                "用法错误：未知选项 --jsn。是不是要用 --json？",
                "  解决：运行 `playbooks show --help` 查看可用的选项",
            ],
            result.ErrorLines);
    }

    [Fact]
    public async Task A_checklist_of_a_playbook_without_numbered_steps_is_refused_with_what_to_do()
    {
        var prose = _temp.Write("kb/community/prose.md", SamplePlaybooks.WithProseHandling("prose"));

        var result = await _cli.RunAsync("show", "prose", "--playbooks", _kb, "--checklist");

        Assert.Equal((1, ""), (result.ExitCode, result.Out));
        Assert.Equal(
            [
                "错误：预案 prose 的“处理方法”没有编号步骤，生成不了处理清单",
                $"  位置：{prose}",
                "  解决：把处理方法写成编号步骤（1. 2. 3.），运行 `playbooks lint` 查看问题；现在可以用 playbooks show prose 查看全文",
            ],
            result.ErrorLines);
    }
}

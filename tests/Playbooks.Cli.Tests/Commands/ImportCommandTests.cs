using System.Text;
using System.Text.Json;
using Playbooks.Cli.Tests.Support;
using Playbooks.Tests.Shared;

namespace Playbooks.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CliRunner _cli;
    private readonly string _kb;

    public ImportCommandTests()
    {
        _cli = new CliRunner(_temp.Path);
        _kb = _temp.Combine("kb");
        _temp.Write("kb/community/bot-flood.md", SamplePlaybooks.Valid("bot-flood", "机器人小号批量进群刷屏"));
        _temp.Write("article.txt", SampleArticles.TwoCases);
    }

    public void Dispose() => _temp.Dispose();

    private Task<CliResult> Import(params string[] args) => _cli.RunAsync(["import", "--playbooks", _kb, .. args]);

    private string[] MarkdownFiles() =>
        Directory.GetFiles(_kb, "*.md", SearchOption.AllDirectories).Select(f => f.Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task Writes_one_draft_per_case_and_reports_what_each_got()
    {
        var result = await Import("article.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Equal(
            [
                "从 article.txt 找到 2 个案例，已生成 2 份预案草稿：",
                "",
                $"已写入 {_kb}/youhui-quan-yangmao-dang.md",
                "  标题：优惠券被羊毛党批量薅走（第 5 行）",
                "  章节：背景 ✓  风险源头 ✓  激化情况 ✓  处理方法 ✓（3 步）  复盘反思 ✓",
                "",
                $"已写入 {_kb}/tuanzhang-qun-li-guke.md",
                "  标题：团长在群里和顾客吵架（第 24 行）",
                "  章节：背景 ✓  风险源头 ✗  激化情况 ✓  处理方法 ✓（2 步）  复盘反思 ✗",
                "  缺少：风险源头、复盘反思（已留空并附写作提示，请补写）",
                "",
                "已忽略：第 1–3 行（第一个案例之前的内容）；第 36–38 行（案例正文之后、不属于任何案例的内容）",
                "",
                "下一步：",
                "  1. 逐个打开草稿，补全缺少的章节和 front matter 里留空的字段（category、severity、owner、tags）",
                $"  2. 检查格式：playbooks lint --playbooks {_kb}",
                "  3. 定稿后把 draft 改为 false；草稿现在就能被 playbooks search 检索到",
            ],
            result.OutLines);
    }

    [Fact]
    public async Task Drafts_keep_the_steps_as_a_list_and_name_their_source()
    {
        await Import("article.txt");

        var text = File.ReadAllText($"{_kb}/youhui-quan-yangmao-dang.md");
        Assert.Contains("\ntitle: 优惠券被羊毛党批量薅走\n", text);
        Assert.Contains("\nsource: article.txt 第 5 行（案例 1）\n", text);
        Assert.Contains("\ndraft: true\n", text);
        Assert.Contains("\n1. 运营立刻在后台停用这批券码。\n2. 客服统一口径回复用户。\n3. 技术补上每人限领一次的校验。\n", text);
    }

    [Fact]
    public async Task Imported_drafts_pass_lint_and_are_found_by_search_straight_away()
    {
        await Import("article.txt", "--category", "电商运营", "--severity", "中", "--owner", "电商运营主管", "--tags", "优惠券");

        var lint = await _cli.RunAsync("lint", _kb);
        var search = await _cli.RunAsync("search", "--playbooks", _kb, "--json", "羊毛党薅优惠券");

        Assert.Equal(0, lint.ExitCode);
        Assert.DoesNotContain(lint.OutLines, l => l.Contains(": 错误: "));
        using var json = JsonDocument.Parse(search.Out);
        var top = json.RootElement.GetProperty("results")[0];
        Assert.Equal("youhui-quan-yangmao-dang", top.GetProperty("id").GetString());
        Assert.True(top.GetProperty("draft").GetBoolean());
        Assert.Equal(3, top.GetProperty("handlingSteps").GetArrayLength());
    }

    [Fact]
    public async Task Front_matter_options_apply_to_every_draft()
    {
        await Import("article.txt", "--category", "电商运营", "--severity", "high", "--owner", "电商运营主管", "--tags", "优惠券,团购");

        foreach (var file in new[] { "youhui-quan-yangmao-dang.md", "tuanzhang-qun-li-guke.md" })
        {
            var text = File.ReadAllText($"{_kb}/{file}");
            Assert.Contains("\ncategory: 电商运营\ntags: [优惠券, 团购]\nseverity: 高\nowner: 电商运营主管\n", text);
        }
    }

    [Fact]
    public async Task Dry_run_writes_nothing_and_shows_what_each_section_would_get()
    {
        var before = MarkdownFiles();

        var result = await Import("article.txt", "--dry-run");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(before, MarkdownFiles());
        Assert.Equal("预览（--dry-run）：从 article.txt 找到 2 个案例，将生成以下草稿，没有写入任何文件。", result.OutLines[0]);
        Assert.Contains($"将写入 {_kb}/youhui-quan-yangmao-dang.md", result.OutLines);
        Assert.Contains("    处理方法：1. 运营立刻在后台停用这批券码。 2. 客服统一口径回复用户。 3. 技术补上……", result.OutLines);
        Assert.Equal("确认无误后去掉 --dry-run 再运行一次即可写入。", result.OutLines[^1]);
    }

    [Fact]
    public async Task Json_lists_the_drafts_with_their_section_coverage()
    {
        var result = await Import("article.txt", "--json", "--dry-run");

        Assert.Equal(0, result.ExitCode);
        OutputSchemas.AssertValid("import", result.Out);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(["source", "dryRun", "drafts", "ignored"], root.EnumerateObject().Select(p => p.Name));
        Assert.True(root.GetProperty("dryRun").GetBoolean());
        var second = root.GetProperty("drafts")[1];
        Assert.Equal(["id", "title", "path", "line", "written", "suggestedId", "takenBy", "coverage", "sections", "missing", "notes", "skipped", "duplicateOf", "similar"],
            second.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("tuanzhang-qun-li-guke", 24, false, 0.6), (second.GetProperty("id").GetString(), second.GetProperty("line").GetInt32(),
            second.GetProperty("written").GetBoolean(), second.GetProperty("coverage").GetDouble()));
        Assert.Equal(["风险源头", "复盘反思"], second.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        var sections = second.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(["background", "risk", "escalation", "handling", "retrospective"], sections.Select(s => s.GetProperty("key").GetString()));
        Assert.Equal([true, false, true, true, false], sections.Select(s => s.GetProperty("present").GetBoolean()));
        Assert.Equal(["key", "name", "present", "heading", "line", "steps"], sections[3].EnumerateObject().Select(p => p.Name));
        Assert.Equal(("社群背景", 26), (sections[0].GetProperty("heading").GetString(), sections[0].GetProperty("line").GetInt32()));
        Assert.Equal(2, sections[3].GetProperty("steps").GetInt32());
        Assert.Equal(JsonValueKind.Null, sections[1].GetProperty("heading").ValueKind);
        Assert.Equal([(1, 3), (36, 38)], root.GetProperty("ignored").EnumerateArray().Select(s => (s.GetProperty("from").GetInt32(), s.GetProperty("to").GetInt32())));
    }

    [Fact]
    public async Task Importing_the_same_article_twice_skips_the_cases_already_there_and_says_how_to_keep_both()
    {
        await Import("article.txt");
        File.AppendAllText($"{_kb}/youhui-quan-yangmao-dang.md", "\n负责人已补写。\n");
        var edited = File.ReadAllText($"{_kb}/youhui-quan-yangmao-dang.md");
        var before = MarkdownFiles();

        var again = await Import("article.txt");

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(before, MarkdownFiles());
        Assert.Equal(edited, File.ReadAllText($"{_kb}/youhui-quan-yangmao-dang.md"));
        Assert.Equal(
            [
                "从 article.txt 找到 2 个案例，已生成 0 份预案草稿（2 个与已有预案重复，已跳过）：",
                "",
                $"已跳过 优惠券被羊毛党批量薅走（第 5 行）：已有同标题的预案 {_kb}/youhui-quan-yangmao-dang.md",
                "",
                $"已跳过 团长在群里和顾客吵架（第 24 行）：已有同标题的预案 {_kb}/tuanzhang-qun-li-guke.md",
                "",
                "已忽略：第 1–3 行（第一个案例之前的内容）；第 36–38 行（案例正文之后、不属于任何案例的内容）",
                "",
                "没有写入新的草稿：文章里的案例都已导入过。",
            ],
            again.OutLines);
        Assert.Equal(
            [
                "警告：2 个案例与已有预案标题相同，已跳过（不会覆盖已有文件）。",
                "  要再存一份：加 --keep-both（写成 id-2 这样的新文件）；要用这次的内容替换：先删除或移走已有的预案文件，再重新导入。",
            ],
            again.ErrorLines);
    }

    [Fact]
    public async Task Only_the_cases_already_imported_are_skipped_and_the_json_names_their_files()
    {
        _temp.Write("kb/community/old.md", SamplePlaybooks.Valid("old", "团长在群里和顾客吵架"));

        var result = await Import("article.txt", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists($"{_kb}/youhui-quan-yangmao-dang.md"));
        Assert.False(File.Exists($"{_kb}/tuanzhang-qun-li-guke.md"));
        using var json = JsonDocument.Parse(result.Out);
        var drafts = json.RootElement.GetProperty("drafts");
        Assert.Equal([(false, true), (true, false)],
            drafts.EnumerateArray().Select(d => (d.GetProperty("skipped").GetBoolean(), d.GetProperty("written").GetBoolean())));
        Assert.Equal($"{_kb}/community/old.md", drafts[1].GetProperty("duplicateOf").GetString());
        Assert.Equal(JsonValueKind.Null, drafts[0].GetProperty("duplicateOf").ValueKind);
    }

    [Fact]
    public async Task Keep_both_writes_suffixed_copies_and_still_overwrites_nothing()
    {
        await Import("article.txt");
        var first = File.ReadAllText($"{_kb}/youhui-quan-yangmao-dang.md");
        File.AppendAllText($"{_kb}/youhui-quan-yangmao-dang.md", "\n负责人已补写。\n");

        var again = await Import("article.txt", "--keep-both");

        Assert.Equal(0, again.ExitCode);
        // The kept copy repeats the first import: the duplicate warning says so, and nothing else is on stderr.
        Assert.All(again.ErrorLines, l => Assert.StartsWith("提醒：案例“", l, StringComparison.Ordinal));
        Assert.Contains($"已写入 {_kb}/youhui-quan-yangmao-dang-2.md", again.OutLines);
        Assert.Contains($"  提示：与已有预案 {_kb}/youhui-quan-yangmao-dang.md 标题相同，按 --keep-both 另存一份", again.OutLines);
        Assert.Contains($"  id：youhui-quan-yangmao-dang-2（“youhui-quan-yangmao-dang”已被 {_kb}/youhui-quan-yangmao-dang.md 使用）", again.OutLines);
        Assert.Equal(first + "\n负责人已补写。\n", File.ReadAllText($"{_kb}/youhui-quan-yangmao-dang.md"));
        Assert.True(File.Exists($"{_kb}/tuanzhang-qun-li-guke-2.md"));
    }

    [Fact]
    public async Task Reads_the_article_from_standard_input()
    {
        _cli.Input = SampleArticles.TwoCases;

        var result = await Import("-", "--dir", "imported");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("从 标准输入 找到 2 个案例，已生成 2 份预案草稿：", result.OutLines[0]);
        Assert.Contains("\nsource: 标准输入 第 24 行（案例 2）\n", File.ReadAllText($"{_kb}/imported/tuanzhang-qun-li-guke.md"));
    }

    [Fact]
    public async Task A_missing_file_is_a_clear_error()
    {
        var result = await Import("nope.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["错误：找不到文件：nope.txt", "  位置：nope.txt", "  解决：检查路径是否正确；要从标准输入读取请写 -"], result.ErrorLines);
    }

    [Fact]
    public async Task A_GBK_file_is_rejected_with_the_line_and_how_to_convert_it()
    {
        File.WriteAllBytes(_temp.Combine("gbk.txt"), [.. Encoding.UTF8.GetBytes("1、标题\n【社群背景】\n"), 0xC8, 0xBA, 0xC0, 0xEF]); // “群里” in GBK

        var result = await Import("gbk.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "错误：文件不是 UTF-8 编码（第 3 行有无法解码的字节）",
                "  位置：gbk.txt:3",
                "  解决：用 UTF-8 重新保存；GBK 文件可用 `iconv -f GBK -t UTF-8 旧文件 > 新文件` 转换",
            ],
            result.ErrorLines);
    }

    [Fact]
    public async Task An_article_without_cases_is_an_error_that_shows_the_expected_format()
    {
        _temp.Write("essay.txt", "运营到底是做什么的？\n\n一是产品运营。\n");

        var result = await Import("essay.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("错误：没有在 essay.txt 里找到案例", result.ErrorLines[0]);
        Assert.StartsWith("  解决：每个案例以编号标题开头（如“1、标题”“一、标题”“2. 标题”“### 标题”）", result.ErrorLines[2]);
        Assert.Single(MarkdownFiles());
    }

    [Fact]
    public async Task Accepts_the_teams_own_severity_from_playbooks_yml_and_writes_the_teams_word()
    {
        _temp.Write("kb/playbooks.yml", "severity: { 红灯: 严重, 黄灯: 中 }\n");

        var result = await Import("article.txt", "--severity", "黄灯");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\nseverity: 黄灯\n", File.ReadAllText($"{_kb}/youhui-quan-yangmao-dang.md"));
    }

    [Fact]
    public async Task Bad_options_are_usage_errors_and_write_nothing()
    {
        var outside = await Import("article.txt", "--dir", "../elsewhere");
        var severity = await Import("article.txt", "--severity", "超高");
        var missing = await _cli.RunAsync("import", "--playbooks", _kb);

        Assert.Equal((2, 2, 2), (outside.ExitCode, severity.ExitCode, missing.ExitCode));
        Assert.Equal("用法错误：子目录“../elsewhere”必须在预案目录之内：不能含 ..", outside.ErrorLines[0]);
        Assert.Equal("用法错误：--severity 的值“超高”无效", severity.ErrorLines[0]);
        Assert.Single(MarkdownFiles());
        Assert.False(Directory.Exists(_temp.Combine("elsewhere")));
    }
}

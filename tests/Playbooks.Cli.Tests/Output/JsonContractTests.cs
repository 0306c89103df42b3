using System.Text.Json;
using Playbooks.Cli.Tests.Support;
using Playbooks.Tests.Shared;

namespace Playbooks.Cli.Tests.Output;

/// <summary>
/// Every command's <c>--json</c> output, from real runs over the bundled playbooks plus a few awkward ones (formatted
/// steps, an unknown severity, a draft, a lint warning), matches its published schema in docs/schemas.
/// </summary>
public sealed class JsonContractTests(JsonContractKnowledgeBase kb) : IClassFixture<JsonContractKnowledgeBase>
{
    private readonly CliRunner _cli = new(kb.Folder);

    private async Task<string> JsonOf(params string[] args)
    {
        var result = await _cli.RunAsync([.. args, "--json", "--playbooks", kb.KnowledgeBase]);
        Assert.True(result.ExitCode == 0, result.Error + result.Out);
        return result.Out;
    }

    [Fact]
    public async Task Search_with_explain_matches_the_search_schema() =>
        OutputSchemas.AssertValid("search", await JsonOf("search", "群里突然有人冒充助教发名片拉人", "--explain", "--limit", "10"));

    [Fact]
    public async Task Similar_matches_the_search_schema() =>
        OutputSchemas.AssertValid("search", await JsonOf("similar", "bot-flood"));

    [Fact]
    public async Task Show_matches_its_schema_for_a_playbook_and_a_guide()
    {
        OutputSchemas.AssertValid("show", await JsonOf("show", "formatted-steps"));
        OutputSchemas.AssertValid("show", await JsonOf("show", "goal-and-efficiency"));
    }

    [Fact]
    public async Task List_with_guides_matches_its_schema() =>
        OutputSchemas.AssertValid("list", await JsonOf("list", "--guides"));

    [Fact]
    public async Task Lint_with_findings_matches_its_schema()
    {
        var result = await _cli.RunAsync("lint", kb.KnowledgeBase, "--json");

        using var json = JsonDocument.Parse(result.Out);
        Assert.NotEqual(0, json.RootElement.GetProperty("findings").GetArrayLength());
        OutputSchemas.AssertValid("lint", result.Out);
    }

    [Fact]
    public async Task Eval_matches_its_schema() =>
        OutputSchemas.AssertValid("eval", await JsonOf("eval", kb.Queries));

    [Fact]
    public async Task Stale_matches_its_schema() =>
        OutputSchemas.AssertValid("stale", await JsonOf("stale", "--days", "1"));

    [Fact]
    public async Task Analyze_matches_its_schema() =>
        OutputSchemas.AssertValid("analyze", await JsonOf("analyze", "群里有人冒充助教发名片拉人，领了 coupon 就退款"));

    [Fact]
    public async Task Lexicon_suggest_matches_its_schema() =>
        OutputSchemas.AssertValid("lexicon-suggest", await JsonOf("lexicon", "suggest"));

    [Fact]
    public async Task Handling_steps_are_plain_text_in_show_and_search()
    {
        string[] expected = ["社群助教（2 分钟内） 开启进群确认，在群公告里写明官方账号。", "运营值班 用 /kick 命令批量移出，并按处理规范登记。"];

        using var show = JsonDocument.Parse(await JsonOf("show", "formatted-steps"));
        using var search = JsonDocument.Parse(await JsonOf("search", "橙红预警 进群确认 批量移出 登记", "--limit", "100"));

        Assert.Equal(expected, show.RootElement.GetProperty("handlingSteps").EnumerateArray().Select(s => s.GetString()));
        var hit = search.RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "formatted-steps");
        Assert.Equal(expected, hit.GetProperty("handlingSteps").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Search_fields_are_camel_case_like_show_and_list()
    {
        using var json = JsonDocument.Parse(await JsonOf("search", "机器人刷屏"));

        Assert.True(json.RootElement.TryGetProperty("tookMs", out _));
        var hit = json.RootElement.GetProperty("results")[0];
        Assert.True(hit.TryGetProperty("handlingSteps", out _));
        Assert.True(hit.TryGetProperty("severityLabel", out _));
    }
}

/// <summary>A copy of the bundled knowledge base with a few playbooks that exercise the nullable and plain-text fields.</summary>
public sealed class JsonContractKnowledgeBase : IDisposable
{
    private readonly TempDirectory _temp = new();

    public JsonContractKnowledgeBase()
    {
        FolderCopy.Copy(Path.Combine(RepositoryPaths.Root, "playbooks"), KnowledgeBase);
        _temp.Write("kb/community/formatted-steps.md", """
            ---
            id: formatted-steps
            title: 橙红预警：处理步骤里带格式的预案
            category: 社群运营
            tags: [橙红预警]
            severity: 橙红
            owner: 社群运营主管
            updated: 2026-01-01
            reviewed: 2026-02-01
            draft: true
            ---

            ## 背景

            群里出现了橙红预警。

            ## 风险源头

            - 没有进群确认。

            ## 激化情况

            - 广告刷屏。

            ## 处理方法

            1. **社群助教（2 分钟内）** 开启进群确认，在群公告里写明*官方账号*。
            2. **运营值班** 用 `/kick` 命令批量移出，并按[处理规范](https://example.com/rules)登记。

            ## 复盘反思

            - 进群确认常开。
            """);
        Queries = _temp.Write("queries.tsv", "qid\tquery\trelevant\nq1\t群里突然涌进很多小号刷屏发广告\tbot-flood:2\nq2\t优惠券被人薅羊毛刷走了\tcoupon-abuse:2\n");
    }

    /// <summary>The folder commands run in.</summary>
    public string Folder => _temp.Path;

    public string KnowledgeBase => _temp.Combine("kb");

    /// <summary>A two-query set for <c>eval</c>.</summary>
    public string Queries { get; }

    public void Dispose() => _temp.Dispose();
}

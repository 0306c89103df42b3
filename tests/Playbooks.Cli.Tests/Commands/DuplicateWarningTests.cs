using System.Text.Json;
using Playbooks.Cli.Tests.Support;

namespace Playbooks.Cli.Tests.Commands;

/// <summary>The duplicate warning of <c>new</c> and <c>lint</c>: names the SOP a draft repeats, never blocks, can be skipped.</summary>
public sealed class DuplicateWarningTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CliRunner _cli;
    private readonly string _kb;

    public DuplicateWarningTests()
    {
        _cli = new CliRunner(_temp.Path);
        _kb = _temp.Combine("kb");
        _temp.Write("kb/community/bot-flood.md", SamplePlaybooks.Valid("bot-flood", "机器人小号批量进群刷屏"));
        _temp.Write("kb/user/refund-wave.md", SamplePlaybooks.Valid("refund-wave", "改版后集中退款"));
    }

    public void Dispose() => _temp.Dispose();

    private static string[] NewDraft(string title, string tags) =>
        ["--title", title, "--category", "社群运营", "--severity", "高", "--tags", tags, "--owner", "社群运营主管", "--no-input"];

    [Fact]
    public async Task New_with_a_title_and_tags_like_an_existing_sop_names_it_on_stderr_and_still_writes_the_draft()
    {
        var result = await _cli.RunAsync(["new", "--playbooks", _kb, "--id", "bot-wave", .. NewDraft("机器人小号批量进群刷屏广告", "机器人,刷屏,广告")]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.StartsWith("提醒：与 bot-flood（机器人小号批量进群刷屏）高度相似", StringComparison.Ordinal)
            && l.Contains("考虑补充到已有预案，而不是新建", StringComparison.Ordinal));
        Assert.DoesNotContain(result.ErrorLines, l => l.Contains("refund-wave", StringComparison.Ordinal));
        Assert.True(File.Exists(_temp.Combine("kb/community/bot-wave.md")));
    }

    [Fact]
    public async Task New_about_a_different_incident_gets_no_warning()
    {
        var result = await _cli.RunAsync(["new", "--playbooks", _kb, "--id", "stream-down", .. NewDraft("直播间突然黑屏", "黑屏,断播,直播事故")]);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(result.ErrorLines, l => l.StartsWith("提醒：", StringComparison.Ordinal));
    }

    [Fact]
    public async Task New_json_lists_the_similar_playbooks_with_their_similarity()
    {
        var result = await _cli.RunAsync(["new", "--playbooks", _kb, "--id", "bot-wave", "--json", .. NewDraft("机器人小号批量进群刷屏广告", "机器人,刷屏,广告")]);

        Assert.Equal(0, result.ExitCode);
        var similar = JsonDocument.Parse(result.Out).RootElement.GetProperty("similar");
        var first = similar[0];
        Assert.Equal("bot-flood", first.GetProperty("id").GetString());
        Assert.InRange(first.GetProperty("similarity").GetDouble(), 0.83, 1.0);
    }

    [Fact]
    public async Task No_similar_check_silences_new()
    {
        var result = await _cli.RunAsync(["new", "--playbooks", _kb, "--id", "bot-wave", "--no-similar-check", .. NewDraft("机器人小号批量进群刷屏广告", "机器人,刷屏,广告")]);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(result.ErrorLines, l => l.StartsWith("提醒：", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lint_warns_at_the_title_line_of_a_copied_playbook_and_exits_0()
    {
        var copy = _temp.Write("kb/community/bot-flood-copy.md", SamplePlaybooks.Valid("bot-flood-copy", "机器人小号批量进群刷屏"));

        var result = await _cli.RunAsync("lint", _kb);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.StartsWith($"{copy}:3:1: 警告: 与 bot-flood（机器人小号批量进群刷屏）高度相似", StringComparison.Ordinal));
        Assert.DoesNotContain(result.OutLines, l => l.Contains("与 refund-wave", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lint_json_gives_the_warning_the_possible_duplicate_code()
    {
        _temp.Write("kb/community/bot-flood-copy.md", SamplePlaybooks.Valid("bot-flood-copy", "机器人小号批量进群刷屏"));

        var result = await _cli.RunAsync("lint", _kb, "--json");

        var findings = JsonDocument.Parse(result.Out).RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("code").GetString() == "possible-duplicate" && f.GetProperty("level").GetString() == "warning");
    }

    [Fact]
    public async Task No_similar_check_silences_lint()
    {
        _temp.Write("kb/community/bot-flood-copy.md", SamplePlaybooks.Valid("bot-flood-copy", "机器人小号批量进群刷屏"));

        var result = await _cli.RunAsync("lint", _kb, "--no-similar-check");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["检查了 3 个文件，没有发现问题。"], result.OutLines);
    }

    [Fact]
    public async Task The_bundled_knowledge_base_has_no_two_playbooks_alike()
    {
        var result = await _cli.RunAsync("lint", Path.Combine(RepositoryPaths.Root, "playbooks"), "--json");

        Assert.DoesNotContain("possible-duplicate", result.Out, StringComparison.Ordinal);
    }

    private const string BotArticle = """
        1、机器人小号批量进群刷屏广告

        【社群背景】
        新开的福利群一夜之间涌进几百个机器人小号。

        【处理方法】
        1.社群助教开启进群验证。
        2.批量移出可疑账号。
        """;

    [Fact]
    public async Task Import_names_the_sop_a_case_repeats_and_still_writes_it()
    {
        _temp.Write("article.md", BotArticle);

        var result = await _cli.RunAsync("import", _temp.Combine("article.md"), "--playbooks", _kb, "--tags", "机器人,刷屏,广告");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.StartsWith("提醒：案例“机器人小号批量进群刷屏广告”与 bot-flood", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_json_lists_the_sop_each_case_repeats()
    {
        _temp.Write("article.md", BotArticle);

        var result = await _cli.RunAsync("import", _temp.Combine("article.md"), "--playbooks", _kb, "--tags", "机器人,刷屏,广告", "--dry-run", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        var similar = json.RootElement.GetProperty("drafts")[0].GetProperty("similar");
        Assert.Equal("bot-flood", similar[0].GetProperty("id").GetString());
        Assert.InRange(similar[0].GetProperty("similarity").GetDouble(), 0.83, 1.0);
    }

    [Fact]
    public async Task No_similar_check_silences_import()
    {
        _temp.Write("article.md", BotArticle);

        var result = await _cli.RunAsync("import", _temp.Combine("article.md"), "--playbooks", _kb, "--tags", "机器人,刷屏,广告", "--no-similar-check");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(result.ErrorLines, l => l.StartsWith("提醒：", StringComparison.Ordinal));
    }
}

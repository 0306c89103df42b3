using System.Text.Json;
using Playbooks.Cli.Tests.Support;
using Playbooks.Cli.Tests.Output.Layout;

namespace Playbooks.Cli.Tests.Commands;

public sealed class EvalCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CliRunner _cli;

    public EvalCommandTests()
    {
        _cli = new CliRunner(_temp.Path);
        _temp.Write("kb/community/bot-flood.md", SamplePlaybooks.Valid("bot-flood", "机器人小号批量进群刷屏"));
        _temp.Write("kb/user/refund-wave.md", SamplePlaybooks.Valid("refund-wave", "学员集中要求退款"));
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Warns_about_ids_the_knowledge_base_does_not_have_with_file_line_and_closest_id_and_still_scores()
    {
        _temp.Write("queries.tsv", "qid\tquery\trelevant\nq1\t机器人进群刷屏\tbot-flod\nq2\t学员要退款\trefund-wave\n");

        var result = await _cli.RunAsync("eval", "queries.tsv", "--playbooks", "kb", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "警告：queries.tsv:2: 查询 q1 的相关预案“bot-flod”在知识库里不存在 — 最接近的 id：bot-flood",
                "  这 1 个 id 永远不会被检索到，相关查询的得分会偏低；改正查询集里的 id 后再运行。",
            ],
            result.ErrorLines);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(2, json.RootElement.GetProperty("queries").GetInt32());
        Assert.Contains("q1", json.RootElement.GetProperty("misses").EnumerateArray().Select(m => m.GetProperty("qid").GetString()));
    }

    [Fact]
    public async Task Says_nothing_extra_when_every_id_exists()
    {
        _temp.Write("queries.tsv", "qid\tquery\trelevant\nq1\t机器人进群刷屏\tbot-flood\n");

        var result = await _cli.RunAsync("eval", "queries.tsv", "--playbooks", "kb");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task Verbose_misses_wrap_at_the_output_width_without_cutting_an_id()
    {
        string[] ids = ["evening-group-robot-accounts", "live-stream-robot-accounts-wave", "coupon-drop-robot-accounts-wave"];
        foreach (var id in ids)
            _temp.Write($"kb/community/{id}.md", SamplePlaybooks.Valid(id, "机器人小号批量进群刷屏"));
        _temp.Write("queries.tsv", "qid\tquery\trelevant\nq1\t机器人进群刷屏\trefund-wave\n");

        var result = await _cli.RunAsync("eval", "queries.tsv", "--playbooks", "kb", "--verbose");

        Assert.Equal(0, result.ExitCode);
        var miss = result.OutLines.SkipWhile(line => !line.StartsWith("[q1]", StringComparison.Ordinal)).Skip(1).ToList();
        Assert.Empty(LayoutRules.Violations(miss, 80, [.. ids, "bot-flood", "refund-wave"]));
        Assert.All(ids, id => Assert.Contains(miss, line => line.Contains(id, StringComparison.Ordinal)));
        Assert.Contains(miss, line => line.Contains("排第 ", StringComparison.Ordinal) && line.Contains("排在前面的", StringComparison.Ordinal));
    }
}

using System.Text.Json;
using Playbooks.Cli.Tests.Support;
using Playbooks.Tests.Shared;

namespace Playbooks.Cli.Tests.Commands;

/// <summary><c>show --checklist</c> on the bundled playbooks: the text an operator pastes into the incident group chat.</summary>
public sealed class ShowChecklistTests
{
    private static readonly string Snapshots = Path.Combine(RepositoryPaths.Root, "tests", "Playbooks.Cli.Tests", "Commands", "Snapshots");

    private readonly CliRunner _cli = new(RepositoryPaths.Root);

    [Theory]
    [InlineData("bot-flood")]
    [InlineData("payment-failure-promo")]
    public async Task Checklist_matches_its_snapshot(string id)
    {
        var result = await _cli.RunAsync("show", id, "--checklist");

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        SnapshotFiles.Match(Snapshots, $"show-checklist-{id}", "txt", result.Out);
    }

    [Fact]
    public async Task Markdown_checklist_matches_its_snapshot()
    {
        var result = await _cli.RunAsync("show", "bot-flood", "--checklist", "--md");

        Assert.Equal(0, result.ExitCode);
        SnapshotFiles.Match(Snapshots, "show-checklist-bot-flood.md", "txt", result.Out);
    }

    [Fact]
    public async Task Every_bundled_checklist_is_plain_text_with_a_box_role_and_time_limit_on_each_step()
    {
        var list = await _cli.RunAsync("list", "--json");
        using var catalog = JsonDocument.Parse(list.Out);

        foreach (var id in catalog.RootElement.EnumerateArray().Select(p => p.GetProperty("id").GetString()!))
        {
            var result = await _cli.RunAsync("show", id, "--checklist");

            Assert.Equal(0, result.ExitCode);
            // No Markdown syntax survives: WeChat would show it literally.
            foreach (var syntax in new[] { "**", "`", "](", "\"", "<", "#" })
                Assert.False(result.Out.Contains(syntax, StringComparison.Ordinal), $"{id}: {syntax} in\n{result.Out}");
            var steps = result.OutLines.Where(l => l.StartsWith("☐ ", StringComparison.Ordinal)).ToList();
            Assert.True(steps.Count >= 2, id);
            Assert.All(steps, s => Assert.Matches(@"^☐ \d+\. 【[^】｜]+｜[^】]+】\S", s));
        }
    }

    [Fact]
    public async Task Json_carries_the_same_text_and_each_steps_role_and_time_limit()
    {
        var plain = await _cli.RunAsync("show", "bot-flood", "--checklist");
        var result = await _cli.RunAsync("show", "bot-flood", "--checklist", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(plain.Out, json.RootElement.GetProperty("text").GetString());
        var first = json.RootElement.GetProperty("steps")[0];
        Assert.Equal((1, "社群助教", "发现后 2 分钟内"),
            (first.GetProperty("number").GetInt32(), first.GetProperty("role").GetString(), first.GetProperty("timeLimit").GetString()));
        Assert.StartsWith("先堵入口：开启“群聊邀请确认”", first.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_flag_without_checklist_is_a_usage_error()
    {
        var result = await _cli.RunAsync("show", "bot-flood", "--md");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("--md 只能和 --checklist 一起用", result.Error, StringComparison.Ordinal);
        Assert.Contains("playbooks show <id> --checklist --md", result.Error, StringComparison.Ordinal);
    }
}

using System.Text.Json;
using Playbooks.Cli.Tests.Support;

namespace Playbooks.Cli.Tests.Commands;

/// <summary>
/// The acceptance: a retrospective is searchable the moment it is saved, and the index follows every edit
/// and deletion, with no manual re-index between commands.
/// </summary>
public sealed class AuthoringAcceptanceTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CliRunner _cli;
    private readonly string _kb;

    public AuthoringAcceptanceTests()
    {
        _cli = new CliRunner(_temp.Path);
        _kb = _temp.Combine("kb");
        _temp.Write("kb/community/bot-flood.md", SamplePlaybooks.Valid("bot-flood", "机器人小号批量进群刷屏"));
        _temp.Write("kb/user/refund-wave.md", SamplePlaybooks.Valid("refund-wave", "改版后集中退款"));
    }

    public void Dispose() => _temp.Dispose();

    private async Task<List<string>> SearchIds(string query)
    {
        var result = await _cli.RunAsync("search", "--playbooks", _kb, "--json", query);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        return json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
    }

    [Fact]
    public async Task New_then_lint_passes_then_search_finds_the_new_playbook()
    {
        await SearchIds("刷屏"); // the index exists before the playbook does

        var created = await _cli.RunAsync("new", "--playbooks", _kb, "--id", "live-blackout", "--title", "直播间突然黑屏观众刷弹幕问",
            "--category", "内容运营", "--severity", "高", "--tags", "黑屏,断播", "--owner", "直播运营主管", "--no-input");
        var lint = await _cli.RunAsync("lint", _kb);
        var found = await SearchIds("直播黑屏了");

        Assert.Equal(0, created.ExitCode);
        Assert.Equal(0, lint.ExitCode);
        Assert.Equal("检查了 3 个文件：0 个错误，5 个警告。", lint.OutLines[^1]);
        Assert.All(lint.OutLines.SkipLast(1), l => Assert.Contains("live-blackout.md", l));
        Assert.Equal("live-blackout", found[0]);
    }

    [Fact]
    public async Task Editing_a_playbook_changes_the_next_search()
    {
        Assert.DoesNotContain("refund-wave", await SearchIds("发票开错了"));

        var path = $"{_kb}/user/refund-wave.md";
        File.WriteAllText(path, File.ReadAllText(path).Replace("群里突然涌进大量新号，同时发广告。", "财务给用户开的发票抬头开错了，用户集中要求重开发票。"));

        Assert.Equal("refund-wave", (await SearchIds("发票开错了"))[0]);
    }

    [Fact]
    public async Task Deleting_a_playbook_removes_it_from_search()
    {
        Assert.Equal("bot-flood", (await SearchIds("机器人小号进群刷屏"))[0]);

        File.Delete($"{_kb}/community/bot-flood.md");

        Assert.DoesNotContain("bot-flood", await SearchIds("机器人小号进群刷屏"));
    }
}

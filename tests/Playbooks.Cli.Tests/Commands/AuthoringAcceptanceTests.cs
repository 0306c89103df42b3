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
            "--category", "内容运营", "--severity", "高", "--tags", "黑屏,断播,直播事故", "--owner", "直播运营主管", "--no-input");
        var lint = await _cli.RunAsync("lint", _kb);
        var found = await SearchIds("直播黑屏了");

        Assert.Equal(0, created.ExitCode);
        Assert.Equal(0, lint.ExitCode);
        Assert.Equal("检查了 3 个文件：0 个错误，5 个警告。", lint.OutLines[^1]);
        Assert.All(lint.OutLines.SkipLast(1), l => Assert.Contains("live-blackout.md", l));
        // Found, though after any written playbook that matches at all: a skeleton never outranks a written SOP.
        Assert.Contains("live-blackout", found);
    }

    [Fact]
    public async Task An_empty_new_draft_never_ranks_above_a_written_sop_and_the_steps_shown_are_the_sops()
    {
        await _cli.RunAsync("new", "--playbooks", _kb, "--id", "bot-flood-again", "--title", "机器人小号批量进群刷屏",
            "--category", "社群运营", "--severity", "高", "--tags", "机器人,小号,刷屏", "--owner", "社群运营主管", "--no-input");

        var found = await SearchIds("机器人小号批量进群刷屏");
        var view = await _cli.RunAsync("search", "--playbooks", _kb, "机器人小号批量进群刷屏");

        Assert.Equal("bot-flood", found[0]);
        Assert.True(found.IndexOf("bot-flood-again") > found.IndexOf("refund-wave"), string.Join(",", found));
        Assert.Contains(view.OutLines, l => l.Contains("处理方法：机器人小号批量进群刷屏") && !l.Contains("草稿"));
    }

    [Fact]
    public async Task When_the_top_hit_has_no_steps_the_first_hit_with_steps_is_shown()
    {
        _temp.Write("kb/community/quantum-spam.md",
            SamplePlaybooks.Valid("quantum-spam", "量子纠缠刷屏").Replace("1. **社群助教（2 分钟内）** 开启进群确认。\n2. **社群助教（15 分钟内）** 批量移出可疑账号。\n", "待补充。\n"));

        var view = await _cli.RunAsync("search", "--playbooks", _kb, "量子纠缠刷屏");

        Assert.Equal(0, view.ExitCode);
        Assert.StartsWith("1. 量子纠缠刷屏", view.OutLines[0], StringComparison.Ordinal);
        Assert.Contains("首条结果还没有处理步骤，下面是第 2 条", view.Out);
        Assert.Contains(view.OutLines, l => l.Contains("1. 社群助教（2 分钟内） 开启进群确认。"));
    }

    [Fact]
    public async Task Search_finds_playbooks_whatever_their_severity_and_notes_metadata_problems()
    {
        _temp.Write("kb/community/urgent.md", SamplePlaybooks.Valid("urgent", "直播间紧急断流", severity: "紧急"));
        _temp.Write("kb/community/p-zero.md", SamplePlaybooks.Valid("p-zero", "支付通道全部失败", severity: "P0"));
        _temp.Write("kb/community/odd.md", SamplePlaybooks.Valid("odd", "仓库爆仓发不出货", severity: "超高"));

        var urgent = await SearchIds("直播间断流");
        var pZero = await SearchIds("支付失败");
        var odd = await _cli.RunAsync("search", "--playbooks", _kb, "仓库爆仓");

        Assert.Equal("urgent", urgent[0]);
        Assert.Equal("p-zero", pZero[0]);
        Assert.Contains(odd.OutLines, l => l.StartsWith("1. 仓库爆仓发不出货", StringComparison.Ordinal));
        Assert.Contains(odd.OutLines, l => l.Contains("严重程度 超高（未定级）"));
        Assert.Equal("提示：1 个预案的元数据有问题，运行 playbooks lint 查看", odd.ErrorLines[^1]);
    }

    [Fact]
    public async Task Search_and_list_count_both_files_of_a_shared_id_as_lint_warns_both()
    {
        await SearchIds("刷屏"); // the first file is indexed before its copy appears
        _temp.Write("kb/community/bot-flood-copy.md", SamplePlaybooks.Valid("bot-flood", "机器人小号批量进群刷屏（副本）"));

        var lint = await _cli.RunAsync("lint", _kb, "--json");
        var search = await _cli.RunAsync("search", "--playbooks", _kb, "刷屏");
        var list = await _cli.RunAsync("list", "--playbooks", _kb);

        using var json = JsonDocument.Parse(lint.Out);
        var files = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("code").GetString() == "duplicate-id").Select(f => f.GetProperty("path").GetString()).Distinct().Count();
        Assert.Equal(2, files);
        Assert.Equal("提示：2 个预案的元数据有问题，运行 playbooks lint 查看", search.ErrorLines[^1]);
        Assert.Equal("提示：2 个预案的元数据有问题，运行 playbooks lint 查看", list.ErrorLines[^1]);
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

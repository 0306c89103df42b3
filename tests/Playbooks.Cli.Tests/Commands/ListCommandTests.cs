using System.Text.Json;
using Playbooks.Cli.Tests.Support;

namespace Playbooks.Cli.Tests.Commands;

public sealed class ListCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CliRunner _cli;
    private readonly string _kb;

    public ListCommandTests()
    {
        _cli = new CliRunner(_temp.Path);
        _kb = _temp.Combine("kb");
        _temp.Write("kb/community/bot-flood.md", SamplePlaybooks.Valid("bot-flood", "机器人小号批量进群刷屏"));
        _temp.Write("kb/user/refund-wave.md", SamplePlaybooks.Valid("refund-wave", "改版后集中退款", severity: "中"));
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Table_shows_each_id_and_title_and_a_count()
    {
        var result = await _cli.RunAsync("list", "--playbooks", _kb);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.Contains("bot-flood") && l.Contains("机器人小号批量进群刷屏"));
        Assert.Contains(result.OutLines, l => l.Contains("refund-wave") && l.Contains("改版后集中退款"));
        Assert.Equal("共 2 条。用 `playbooks show <id>` 查看详情。", result.OutLines[^1]);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task Json_gives_the_catalog_fields_of_every_playbook()
    {
        var result = await _cli.RunAsync("list", "--playbooks", _kb, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        var first = items.Single(i => i.GetProperty("id").GetString() == "bot-flood");
        Assert.Equal(
            ["id", "title", "kind", "category", "tags", "severity", "owner", "updated", "reviewed", "draft", "path", "severityLabel"],
            first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("机器人小号批量进群刷屏", first.GetProperty("title").GetString());
        Assert.Equal("playbook", first.GetProperty("kind").GetString());
        Assert.Equal("社群运营", first.GetProperty("category").GetString());
        Assert.Equal(["刷屏", "广告"], first.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("高", first.GetProperty("severity").GetString());
        Assert.Equal("社群运营主管", first.GetProperty("owner").GetString());
        Assert.Equal("2026-11-01", first.GetProperty("updated").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("reviewed").ValueKind);
        Assert.False(first.GetProperty("draft").GetBoolean());
        Assert.Equal($"{_kb}/community/bot-flood.md", first.GetProperty("path").GetString());
    }

    [Fact]
    public async Task Unreadable_files_are_skipped_with_a_warning_naming_each_file()
    {
        var broken = _temp.Write("kb/community/broken.md", SamplePlaybooks.HalfSaved("broken"));

        var result = await _cli.RunAsync("list", "--playbooks", _kb, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                $"警告：已跳过 {broken}:1：front matter 没有结束：第 1 行的 --- 之后找不到闭合的 ---",
                $"  运行 `playbooks lint {_kb}` 查看具体问题。",
            ],
            result.ErrorLines);
        using var json = JsonDocument.Parse(result.Out);
        Assert.DoesNotContain(json.RootElement.EnumerateArray(), p => p.GetProperty("id").GetString() == "broken");
    }

    [Fact]
    public async Task A_folder_of_many_ordinary_notes_is_summed_up_after_twenty_warnings_on_both_list_and_search()
    {
        // A team kept its meeting notes beside the playbooks: 50 000 of them printed 50 000 lines on every command.
        for (var i = 0; i < 30; i++)
            _temp.Write($"kb/notes/note-{i:00}.md", $"# 会议记录 {i}\n\n今天讨论了库存。\n");

        var list = await _cli.RunAsync("list", "--playbooks", _kb);
        var search = await _cli.RunAsync("search", "机器人刷屏", "--playbooks", _kb);

        Assert.Equal(0, list.ExitCode);
        Assert.Equal(21, list.ErrorLines.Count);
        Assert.StartsWith("警告：已跳过 ", list.ErrorLines[0]);
        Assert.Equal("警告：另有 11 个文件或目录已跳过（无法读取或不是预案）；运行 `playbooks lint` 列出全部", list.ErrorLines[19]);
        Assert.Equal($"  运行 `playbooks lint {_kb}` 查看具体问题。", list.ErrorLines[20]);
        Assert.Equal(0, search.ExitCode);
        Assert.Equal("警告：另有 11 个文件或目录已跳过（无法读取或不是预案）；运行 `playbooks lint` 列出全部",
            Assert.Single(search.ErrorLines, line => line.StartsWith("警告：另有", StringComparison.Ordinal)));
        Assert.Equal(20, search.ErrorLines.Count(line => line.StartsWith("警告：", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Playbooks_are_listed_whatever_their_severity_with_a_note_about_metadata_problems()
    {
        _temp.Write("kb/community/urgent.md", SamplePlaybooks.Valid("urgent", "紧急的预案", severity: "紧急"));
        _temp.Write("kb/community/p-zero.md", SamplePlaybooks.Valid("p-zero", "P0 的预案", severity: "P0"));
        _temp.Write("kb/community/odd.md", SamplePlaybooks.WithUnknownSeverity("odd"));
        _temp.Write("kb/community/no-retro.md", SamplePlaybooks.WithoutRetrospective("no-retro"));

        var result = await _cli.RunAsync("list", "--playbooks", _kb, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["提示：1 个预案的元数据有问题，运行 playbooks lint 查看"], result.ErrorLines);
        using var json = JsonDocument.Parse(result.Out);
        var severities = json.RootElement.EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!,
            p => (p.GetProperty("severity").GetString(), p.GetProperty("severityLabel").GetString()));
        Assert.Equal(("严重", "紧急"), severities["urgent"]);
        Assert.Equal(("严重", "P0"), severities["p-zero"]);
        Assert.Equal((null, "超高"), severities["odd"]);
        Assert.Contains("no-retro", severities.Keys);
    }

    [Fact]
    public async Task The_table_shows_the_teams_own_severity_labels_and_unrated_ones()
    {
        _temp.Write("kb/community/p-zero.md", SamplePlaybooks.Valid("p-zero", "P0 的预案", severity: "P0"));
        _temp.Write("kb/community/odd.md", SamplePlaybooks.WithUnknownSeverity("odd"));

        var result = await _cli.RunAsync("list", "--playbooks", _kb);

        Assert.Contains(result.OutLines, l => l.Contains("p-zero") && l.Contains(" P0 "));
        Assert.Contains(result.OutLines, l => l.Contains("odd") && l.Contains("超高（未定级）"));
    }

    [Fact]
    public async Task Files_with_only_warnings_are_listed_without_complaint()
    {
        _temp.Write("kb/community/no-owner.md", SamplePlaybooks.WithoutOwner("no-owner"));

        var result = await _cli.RunAsync("list", "--playbooks", _kb, "--json");

        using var json = JsonDocument.Parse(result.Out);
        Assert.Contains(json.RootElement.EnumerateArray(), p => p.GetProperty("id").GetString() == "no-owner");
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task Guides_are_left_out_unless_asked_for()
    {
        _temp.Write("kb/guides/first-week.md", SamplePlaybooks.Guide("first-week", "新人第一周"));

        var without = await _cli.RunAsync("list", "--playbooks", _kb, "--json");
        var with = await _cli.RunAsync("list", "--playbooks", _kb, "--json", "--guides");

        Assert.Equal(["bot-flood", "refund-wave"], Ids(without).Order());
        using var json = JsonDocument.Parse(with.Out);
        var guide = json.RootElement.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "first-week");
        Assert.Equal("guide", guide.GetProperty("kind").GetString());
        Assert.Equal(3, json.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Guides_appear_in_the_table_as_指南()
    {
        _temp.Write("kb/guides/first-week.md", SamplePlaybooks.Guide("first-week", "新人第一周"));

        var result = await _cli.RunAsync("list", "--playbooks", _kb, "--guides");

        Assert.Contains(result.OutLines, l => l.Contains("first-week") && l.Contains("新人第一周") && l.Contains("指南"));
        Assert.Equal("共 3 条。用 `playbooks show <id>` 查看详情。", result.OutLines[^1]);
    }

    private static List<string> Ids(CliResult result)
    {
        using var json = JsonDocument.Parse(result.Out);
        return json.RootElement.EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToList();
    }
}

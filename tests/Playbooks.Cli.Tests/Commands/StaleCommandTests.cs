using System.Text.Json;
using Playbooks.Cli.Tests.Support;

namespace Playbooks.Cli.Tests.Commands;

/// <summary>Today is <see cref="CliRunner.Now"/>: 2026-11-21.</summary>
public sealed class StaleCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CliRunner _cli;
    private readonly string _kb;

    public StaleCommandTests()
    {
        _cli = new CliRunner(_temp.Path);
        // Wide enough for each table row to stay on one line (piped output is 80 columns unless COLUMNS says otherwise).
        _cli.Variables["COLUMNS"] = "120";
        _kb = _temp.Combine("kb");
        Write("fresh", updated: "2026-11-01");
        Write("old", updated: "2025-10-01");
        Write("reviewed-old", updated: "2026-01-01", reviewed: "2025-03-01");
        Write("reviewed-recently", updated: "2024-01-01", reviewed: "2026-09-01");
    }

    public void Dispose() => _temp.Dispose();

    private void Write(string id, string updated, string? reviewed = null)
    {
        var text = SamplePlaybooks.Valid(id, $"预案 {id}").Replace("updated: 2026-11-01", $"updated: {updated}");
        if (reviewed is not null)
            text = text.Replace($"updated: {updated}\n", $"updated: {updated}\nreviewed: {reviewed}\n");
        _temp.Write($"kb/community/{id}.md", text);
    }

    [Fact]
    public async Task Lists_playbooks_not_reviewed_for_half_a_year_oldest_first()
    {
        var result = await _cli.RunAsync("stale", "--playbooks", _kb);

        Assert.Equal(0, result.ExitCode);
        var rows = result.OutLines.Where(l => l.StartsWith("│")).Skip(1).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("reviewed-old", rows[0]);
        Assert.Contains("2025-03-01", rows[0]);
        Assert.Contains("630 天", rows[0]);
        Assert.Contains("old", rows[1]);
        Assert.Contains("2025-10-01（更新）", rows[1]);
        Assert.Contains("416 天", rows[1]);
        Assert.Equal("共 2 个预案超过 180 天未复核，最久的在前。请负责人复核内容，确认仍然适用后在 front matter 写上 `reviewed: 2026-11-21`。", result.OutLines[^1]);
    }

    [Fact]
    public async Task Json_gives_each_playbooks_dates_and_age()
    {
        var result = await _cli.RunAsync("stale", "--playbooks", _kb, "--json", "--days", "30");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal((30, "2026-11-21", 3), (root.GetProperty("days").GetInt32(), root.GetProperty("today").GetString(), root.GetProperty("count").GetInt32()));
        var items = root.GetProperty("playbooks").EnumerateArray().ToList();
        Assert.Equal(["reviewed-old", "old", "reviewed-recently"], items.Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(["id", "title", "category", "owner", "path", "updated", "reviewed", "lastReviewed", "ageDays", "draft"],
            items[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(("2026-01-01", "2025-03-01", "2025-03-01", 630),
            (items[0].GetProperty("updated").GetString(), items[0].GetProperty("reviewed").GetString(), items[0].GetProperty("lastReviewed").GetString(), items[0].GetProperty("ageDays").GetInt32()));
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("reviewed").ValueKind);
        Assert.Equal($"{_kb}/community/old.md", items[1].GetProperty("path").GetString());
    }

    [Fact]
    public async Task Says_so_when_nothing_is_stale()
    {
        var result = await _cli.RunAsync("stale", "--playbooks", _kb, "--days", "1000");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["没有超过 1000 天未复核的预案。"], result.OutLines);
    }

    [Theory]
    [InlineData("0", "用法错误：--days 应为 1 到 36500 之间的天数，实际是 0")]
    [InlineData("-5", "用法错误：--days 应为 1 到 36500 之间的天数，实际是 -5")]
    [InlineData("半年", "用法错误：--days 的值“半年”格式不对，应为整数")]
    public async Task Rejects_a_days_value_that_is_not_a_positive_number(string days, string message)
    {
        var result = await _cli.RunAsync("stale", "--playbooks", _kb, "--days", days);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message, result.ErrorLines[0]);
        Assert.Equal("", result.Out);
    }
}

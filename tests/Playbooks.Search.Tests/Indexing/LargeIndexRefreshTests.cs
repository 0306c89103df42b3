using Playbooks.Search.Indexing;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Indexing;

/// <summary>
/// An index of more playbooks than a small knowledge base has lists the folders while it reads the stored stamps
/// (<see cref="IndexRefresher"/>); every kind of change must still be seen by the next command.
/// </summary>
public sealed class LargeIndexRefreshTests : IDisposable
{
    private const int Playbooks = 80;
    private readonly TempKnowledgeBase _kb = new();

    public LargeIndexRefreshTests() =>
        _kb.WriteAll(Enumerable.Range(0, Playbooks).Select(i => new PlaybookText($"case-{i:D3}", $"第{i}号预案") { Background = $"编号{i:D3}的社群事故。" }));

    public void Dispose() => _kb.Dispose();

    private static (int Added, int Updated, int Removed, int Unchanged) Counts(RefreshReport report) =>
        (report.Added, report.Updated, report.Removed, report.Unchanged);

    [Fact]
    public void Reopening_an_unchanged_large_index_reindexes_nothing()
    {
        _kb.Open().Dispose();

        using var engine = _kb.Open();

        Assert.Equal((0, 0, 0, Playbooks), Counts(engine.LastRefresh));
    }

    [Fact]
    public void An_edit_an_addition_a_removal_and_a_move_are_all_seen_on_the_next_open()
    {
        _kb.Open().Dispose();
        _kb.Write(new PlaybookText("case-001", "第1号预案") { Background = "直播间主播口误说错优惠价格。" });
        _kb.Write(new PlaybookText("case-new", "新增预案") { Background = "团购群里有人冒充客服收款。" });
        _kb.Delete("case-002.md");
        _kb.Delete("case-003.md");
        _kb.Write("moved/case-003.md", new PlaybookText("case-003", "第3号预案") { Background = "编号003的社群事故。" }.ToString());

        using var engine = _kb.Open();

        Assert.Equal((2, 1, 2, Playbooks - 3), Counts(engine.LastRefresh));
        Assert.Equal(Playbooks, engine.Count());
        Assert.DoesNotContain("case-002", engine.Ids());
        Assert.Equal("case-001", engine.Search("主播口误").Results[0].Id);
        Assert.Equal("case-new", engine.Search("冒充客服收款").Results[0].Id);
        Assert.Equal("moved/case-003.md", engine.Search("编号003").Results[0].Path);
    }
}

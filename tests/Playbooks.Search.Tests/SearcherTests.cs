using Playbooks.Search.Querying;
using Playbooks.Search.Storage;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests;

/// <summary>
/// A serving engine (<see cref="IndexStoreOptions.Serving"/>) answers from the index generation it holds instead of
/// asking SQLite on every search; these tests pin down when it must still see a newer one.
/// </summary>
public sealed class SearcherTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = new();

    public SearcherTests()
    {
        _kb.Write(new PlaybookText("live-silent", "直播突然没有声音") { Tags = ["直播", "声音"] });
        _kb.Write(new PlaybookText("bot-flood", "机器人小号刷屏") { Tags = ["机器人", "刷屏"] });
    }

    public void Dispose() => _kb.Dispose();

    private SearchEngine OpenServing(TimeSpan checkInterval, Action<Microsoft.Data.Sqlite.SqliteConnection>? onConnect = null) =>
        SearchEngine.Open(_kb.Root, _kb.IndexPath, clock: FixedClock.Today,
            storage: IndexStoreOptions.Serving with { GenerationCheckInterval = checkInterval, OnConnect = onConnect });

    private static IReadOnlyList<string> Ids(SearchEngine engine, string query) => engine.Search(query).Results.Select(r => r.Id).ToList();

    [Fact]
    public void A_serving_engine_finds_a_new_playbook_right_after_its_own_refresh()
    {
        // An hour between checks: only the engine's own refresh can make the new playbook visible.
        using var engine = OpenServing(TimeSpan.FromHours(1));
        Assert.DoesNotContain("fake-teacher", Ids(engine, "冒充助教"));

        _kb.Write(new PlaybookText("fake-teacher", "有人冒充助教发名片") { Tags = ["冒充助教"] });
        engine.Refresh();

        Assert.Equal("fake-teacher", Ids(engine, "冒充助教")[0]);
    }

    [Fact]
    public void A_serving_engine_sees_another_process_refresh_once_the_check_interval_has_passed()
    {
        using var serving = OpenServing(TimeSpan.FromMilliseconds(100));
        Assert.DoesNotContain("fake-teacher", Ids(serving, "冒充助教"));

        _kb.Write(new PlaybookText("fake-teacher", "有人冒充助教发名片") { Tags = ["冒充助教"] });
        using (var other = _kb.Open()) // another process's `playbooks search`: it refreshes the same index file
            Assert.Equal("fake-teacher", Ids(other, "冒充助教")[0]);
        Thread.Sleep(250);

        Assert.Equal("fake-teacher", Ids(serving, "冒充助教")[0]);
    }

    [Fact]
    public void A_warm_serving_engine_answers_a_query_with_a_word_no_playbook_holds_without_opening_the_index()
    {
        var connections = 0;
        using var engine = OpenServing(TimeSpan.FromHours(1), _ => Interlocked.Increment(ref connections));
        engine.Refresh();
        var first = engine.Search("直播没有声音（第1次）");
        var before = connections;

        var second = engine.Search("直播没有声音（第2次）");

        Assert.Equal(before, connections);
        Assert.Equal(first.Results.Select(r => (r.Id, r.Score)), second.Results.Select(r => (r.Id, r.Score)));
        Assert.Equal("live-silent", second.Results[0].Id);
    }

    [Theory]
    [InlineData(3)] // far fewer than the index holds: no list, absent terms are read from SQLite
    [InlineData(250_000)]
    public void A_serving_engine_ranks_and_quotes_exactly_as_a_plain_one_with_or_without_the_term_list(int termListLimit)
    {
        using var plain = _kb.Open();
        using var serving = SearchEngine.Open(_kb.Root, _kb.IndexPath, clock: FixedClock.Today,
            storage: IndexStoreOptions.Serving with { TermListLimit = termListLimit });

        foreach (var query in new[] { "直播没有声音", "机器人刷屏（第7次）", "冒充助教", "zhibo meiyou shengyin", "刷屏刷屏刷屏" })
            for (var round = 0; round < 2; round++) // the second round answers from what the first loaded
                Assert.Equal(Describe(plain.Search(query)), Describe(serving.Search(query)));
    }

    private static string Describe(SearchResponse response) =>
        string.Join("\n", response.Results.Select(r => $"{r.Id} {r.Score} {r.Coverage} " +
            string.Join(" | ", r.Snippets.Select(s => $"{s.Text} {string.Join(",", s.Highlights.Select(h => $"{h[0]}+{h[1]}"))}"))));

    [Fact]
    public void An_engine_with_the_default_options_reads_the_generation_on_every_search()
    {
        var connections = 0;
        using var engine = SearchEngine.Open(_kb.Root, _kb.IndexPath, clock: FixedClock.Today,
            storage: new IndexStoreOptions { OnConnect = _ => Interlocked.Increment(ref connections) });
        engine.Search("直播没有声音");
        var before = connections;

        engine.Search("直播没有声音");

        Assert.Equal(before + 1, connections);
    }
}

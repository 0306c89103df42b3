using Microsoft.Data.Sqlite;
using Playbooks.Search.Storage;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Indexing;

/// <summary>
/// Several processes (CLI searches, a server) refresh one index file at once, as operators do during an incident.
/// Each engine here has its own <see cref="SearchEngine"/> and store over the same file, as separate processes would.
/// The races are made certain rather than likely: the test holds SQLite's write lock while the engines decide what to
/// write, so every one of them decides from the same old state and must decide again once it gets the lock.
/// </summary>
public sealed class ConcurrentRefreshTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = FixtureCorpus.Create();

    public void Dispose() => _kb.Dispose();

    /// <summary>Holds the index's write lock (as a refresh in another process would) until disposed.</summary>
    private sealed class WriteLock : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteTransaction _tx;

        public WriteLock(string indexPath)
        {
            _connection = new SqliteConnection($"Data Source={indexPath};Pooling=False");
            _connection.Open();
            _tx = _connection.BeginTransaction(deferred: false);
        }

        public void Dispose()
        {
            _tx.Dispose();
            _connection.Dispose();
        }
    }

    /// <summary>Refreshes every engine on its own thread while the write lock is held, then lets them all commit.</summary>
    private static void RefreshAllAtOnce(string indexPath, IReadOnlyList<SearchEngine> engines)
    {
        Task[] refreshes;
        using (new WriteLock(indexPath))
        {
            refreshes = engines.Select(engine => Task.Factory.StartNew(() => engine.Refresh(), TaskCreationOptions.LongRunning)).ToArray();
            // Long enough for each to read the index and the files and queue on the lock; none can commit before we release it.
            Thread.Sleep(TimeSpan.FromSeconds(1.5));
        }
        Task.WaitAll(refreshes, TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void Engines_refreshing_the_same_save_at_once_all_succeed_and_index_it_once()
    {
        var engines = Enumerable.Range(0, 3).Select(_ => _kb.Open()).ToList();
        _kb.Write(FixtureCorpus.BotFlood with { Background = "深夜群里涌进一批新号，连发抽奖链接。" });
        _kb.Write(new PlaybookText("fake-teacher", "有人冒充助教拉人进群") { Background = "冒充助教发名片拉学员进私群。" });
        _kb.Delete(FixtureCorpus.PriceError.FileName);

        RefreshAllAtOnce(_kb.IndexPath, engines);

        foreach (var engine in engines)
        {
            Assert.Equal(6, engine.Count());
            Assert.Equal("fake-teacher", engine.Search("冒充助教").Results[0].Id);
            Assert.Equal("bot-flood", engine.Search("抽奖链接").Results[0].Id);
            Assert.Empty(engine.Search("九块九").Results);
            engine.Dispose();
        }
    }

    [Fact]
    public void Only_one_of_the_engines_that_raced_writes_the_change()
    {
        var engines = Enumerable.Range(0, 3).Select(_ => _kb.Open()).ToList();
        _kb.Write(FixtureCorpus.DamagedParcel with { Background = "门店收到的冷链包裹化冻了。" });

        RefreshAllAtOnce(_kb.IndexPath, engines);

        var reports = engines.Select(e => e.LastRefresh).ToList();
        Assert.Equal(1, reports.Count(r => r.Updated == 1));
        Assert.Equal(2, reports.Count(r => !r.Changed));
        engines.ForEach(e => e.Dispose());
    }

    [Fact]
    public void Engines_racing_to_rebuild_after_a_lexicon_change_all_answer_from_the_new_lexicon()
    {
        var engines = Enumerable.Range(0, 3).Select(_ => _kb.Open()).ToList();
        Assert.DoesNotContain("refund-request", engines[0].Search("退单").Results.Select(r => r.Id));
        _kb.WriteLexicon("synonyms.txt", "退费 退钱 退款 退单\n");

        RefreshAllAtOnce(_kb.IndexPath, engines);

        Assert.Equal(1, engines.Count(e => e.LastRefresh.Rebuilt));
        foreach (var engine in engines)
        {
            Assert.Equal(6, engine.Count());
            Assert.Equal("refund-request", engine.Search("退单").Results[0].Id);
            engine.Dispose();
        }
    }

    [Fact]
    public void Engines_building_a_new_index_at_once_all_answer_from_a_complete_one()
    {
        var opens = Enumerable.Range(0, 4).Select(_ => Task.Factory.StartNew(_kb.Open, TaskCreationOptions.LongRunning)).ToArray();
        Task.WaitAll(opens, TimeSpan.FromSeconds(60));

        foreach (var engine in opens.Select(o => o.Result))
        {
            Assert.Equal(6, engine.Count());
            Assert.Equal("refund-request", engine.Search("退钱").Results[0].Id);
            engine.Dispose();
        }
        Assert.Equal([Path.GetFileName(_kb.IndexPath)], Directory.GetFiles(Path.GetDirectoryName(_kb.IndexPath)!)
            .Select(Path.GetFileName).Where(name => !name!.EndsWith("-wal") && !name.EndsWith("-shm") && !name.EndsWith(".lock")));
    }

    [Fact]
    public void A_search_sees_what_another_process_committed_without_refreshing_itself()
    {
        using var reader = _kb.Open();
        Assert.Equal("price-error", reader.Search("商品价格填错").Results[0].Id);
        _kb.Write(FixtureCorpus.PriceError with { Title = "优惠券面额填错被薅羊毛", Background = "优惠券面额填错，一晚上被领走上千张。" });

        using (var writer = _kb.Open())
            Assert.Equal(1, writer.LastRefresh.Updated);

        var hit = reader.Search("优惠券面额").Results[0];
        Assert.Equal(("price-error", "优惠券面额填错被薅羊毛"), (hit.Id, hit.Title));
    }

    [Fact]
    public void A_rebuilt_index_file_is_not_mistaken_for_the_one_it_replaced()
    {
        using var reader = _kb.Open();
        Assert.Equal("damaged-parcel", reader.Search("外箱破损").Results[0].Id);
        // Another process rebuilds the file from scratch (its generation numbers start again) after the files changed,
        // so the same query now has a different answer at the same generation number.
        _kb.Delete(FixtureCorpus.DamagedParcel.FileName);
        _kb.Write(new PlaybookText("broken-box", "仓库发出的外箱破损") { Background = "外箱破损，商品磕碰。" });
        IndexStore.Delete(_kb.IndexPath);
        using (var writer = _kb.Open())
            Assert.Equal(6, writer.Count());

        Assert.Equal("broken-box", reader.Search("外箱破损").Results[0].Id);
    }
}

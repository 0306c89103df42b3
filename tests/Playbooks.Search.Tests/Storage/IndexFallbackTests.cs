using Microsoft.Data.Sqlite;
using Playbooks.Search.Storage;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Storage;

/// <summary>
/// A machine that refuses the index file (full disk, read-only file, a folder where the file should be, another process
/// holding the write lock for too long) is the user's situation, not a bug: search answers from an in-memory index
/// and says in one line why and what to do. Failures are injected through <see cref="IndexStoreOptions.OnConnect"/>,
/// which makes SQLite itself fail as the disk would (tests run as root, where permissions do not deny).
/// </summary>
public sealed class IndexFallbackTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = FixtureCorpus.Create();

    public void Dispose() => _kb.Dispose();

    private SearchEngine Open(IndexStoreOptions storage) => SearchEngine.Open(_kb.Root, _kb.IndexPath, clock: FixedClock.Today, storage: storage);

    private SearchEngine Open(Action<SqliteConnection> onConnect) => Open(new IndexStoreOptions { OnConnect = onConnect });

    private static void Pragma(SqliteConnection connection, string pragma)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {pragma}";
        command.ExecuteNonQuery();
    }

    /// <summary>SQLite stops the file growing past its current pages, as a full disk does.</summary>
    private static readonly Action<SqliteConnection> DiskFull = c => Pragma(c, "max_page_count = 1");

    private static void AssertAnswersFromMemory(SearchEngine engine)
    {
        Assert.True(engine.InMemory);
        Assert.Equal(6, engine.Count());
        Assert.Equal("refund-request", engine.Search("退钱").Results[0].Id);
    }

    private string FallbackNotice(string reason, string remedy) =>
        $"索引 {_kb.IndexPath} 无法使用：{reason}。本次改用内存中的临时索引，检索结果不受影响，只是较慢；{remedy}。";

    [Fact]
    public void A_full_disk_at_the_first_build_falls_back_to_memory_with_a_one_line_notice()
    {
        using var engine = Open(DiskFull);

        AssertAnswersFromMemory(engine);
        Assert.Equal([FallbackNotice("磁盘空间已满", "请清理磁盘空间，或设置环境变量 PLAYBOOKS_INDEX 把索引放到可写的位置")],
            engine.LastRefresh.Notices);
        Assert.False(Directory.Exists(Path.GetDirectoryName(_kb.IndexPath)), "the half-built file and its new folder are removed");
    }

    [Fact]
    public void A_disk_that_fills_up_before_a_save_is_indexed_still_finds_the_saved_text()
    {
        _kb.Open().Dispose();
        _kb.Write(FixtureCorpus.BotFlood with { Background = string.Concat(Enumerable.Repeat("深夜群里涌进一批新号，连发抽奖链接。", 400)) });

        using var engine = Open(DiskFull);

        Assert.True(engine.InMemory);
        Assert.Equal("bot-flood", engine.Search("抽奖链接").Results[0].Id);
        Assert.Contains("磁盘空间已满", Assert.Single(engine.LastRefresh.Notices));
    }

    [Fact]
    public void An_up_to_date_index_on_a_full_disk_is_still_read_from_disk()
    {
        _kb.Open().Dispose();

        using var engine = Open(DiskFull);

        Assert.False(engine.InMemory);
        Assert.Empty(engine.LastRefresh.Notices);
        Assert.Equal("refund-request", engine.Search("退钱").Results[0].Id);
    }

    [Fact]
    public void A_read_only_index_file_with_a_change_to_write_falls_back_to_memory()
    {
        _kb.Open().Dispose();
        _kb.Write(FixtureCorpus.PriceError with { Background = "优惠券面额填错，被领走上千张。" });

        using var engine = Open(c => Pragma(c, "query_only = 1"));

        Assert.True(engine.InMemory);
        Assert.Equal("price-error", engine.Search("优惠券面额").Results[0].Id);
        Assert.Equal([FallbackNotice("索引文件或所在文件夹只读", "请给它加上写权限，或设置环境变量 PLAYBOOKS_INDEX 把索引放到可写的位置")],
            engine.LastRefresh.Notices);
    }

    [Fact]
    public void A_second_knowledge_base_sharing_the_index_path_answers_from_memory_and_leaves_the_first_ones_index_alone()
    {
        // One PLAYBOOKS_INDEX for two knowledge bases used to be rewritten by each in turn, and a search started
        // between the two writes listed the other knowledge base's playbooks as its own results.
        using var other = new TempKnowledgeBase();
        other.Write(FixtureCorpus.DamagedParcel);
        _kb.Open().Dispose();

        using (var second = SearchEngine.Open(other.Root, _kb.IndexPath, clock: FixedClock.Today))
        {
            Assert.True(second.InMemory);
            Assert.Equal(["damaged-parcel"], second.Ids());
            Assert.Equal([FallbackNotice($"它是另一个预案目录（{_kb.Root}）的索引",
                "每个预案目录要用各自的索引文件：给它们设置不同的 PLAYBOOKS_INDEX，或不设置（索引默认放在各自预案目录的 .cache/ 里）")],
                second.LastRefresh.Notices);
        }

        using var first = _kb.Open();
        Assert.False(first.InMemory);
        Assert.Equal(0, first.LastRefresh.Added + first.LastRefresh.Removed);
        Assert.Equal("refund-request", first.Search("退钱").Results[0].Id);
    }

    [Fact]
    public void An_index_whose_knowledge_base_was_moved_away_is_taken_over_by_the_new_folder()
    {
        using var moved = new TempKnowledgeBase();
        _kb.Open().Dispose();
        Directory.Delete(moved.Root);
        Directory.Move(_kb.Root, moved.Root);

        using var engine = SearchEngine.Open(moved.Root, _kb.IndexPath, clock: FixedClock.Today);

        Assert.False(engine.InMemory);
        Assert.Empty(engine.LastRefresh.Notices);
        Assert.Equal("refund-request", engine.Search("退钱").Results[0].Id);
    }

    [Fact]
    public void An_index_path_that_is_a_folder_falls_back_to_memory()
    {
        Directory.CreateDirectory(_kb.IndexPath);

        using var engine = SearchEngine.Open(_kb.Root, _kb.IndexPath, clock: FixedClock.Today);

        AssertAnswersFromMemory(engine);
        Assert.Contains("无法创建或打开索引文件（该路径是文件夹，或所在文件夹不可写）", Assert.Single(engine.LastRefresh.Notices));
        Assert.True(Directory.Exists(_kb.IndexPath));
    }

    [Fact]
    public void An_index_whose_folder_cannot_be_created_falls_back_to_memory()
    {
        // A regular file where the folder should be: refused even to root, unlike permissions.
        var blocker = Path.GetDirectoryName(_kb.IndexPath)!;
        File.WriteAllText(blocker, "not a folder");

        using var engine = SearchEngine.Open(_kb.Root, _kb.IndexPath, clock: FixedClock.Today);

        AssertAnswersFromMemory(engine);
        Assert.Equal([FallbackNotice("无法在这个位置创建索引文件或它的文件夹", "请检查这个路径的权限，或设置环境变量 PLAYBOOKS_INDEX 把索引放到可写的位置")],
            engine.LastRefresh.Notices);
    }

    [Fact]
    public void A_folder_that_cannot_be_written_falls_back_to_memory()
    {
        using var engine = Open(_ => throw new SqliteException("unable to open database file", 14));

        AssertAnswersFromMemory(engine);
        Assert.Contains("无法创建或打开索引文件", Assert.Single(engine.LastRefresh.Notices));
    }

    [Fact]
    public void A_disk_error_falls_back_to_memory()
    {
        _kb.Open().Dispose();

        using var engine = Open(_ => throw new SqliteException("disk I/O error", 10, 266)); // SQLITE_IOERR_READ

        AssertAnswersFromMemory(engine);
        Assert.Contains("读写磁盘出错", Assert.Single(engine.LastRefresh.Notices));
    }

    [Fact]
    public void Another_process_holding_the_write_lock_too_long_falls_back_to_memory()
    {
        _kb.Open().Dispose();
        _kb.Write(FixtureCorpus.PriceError with { Background = "优惠券面额填错，被领走上千张。" });
        using var holder = new SqliteConnection($"Data Source={_kb.IndexPath};Pooling=False");
        holder.Open();
        using var tx = holder.BeginTransaction(deferred: false);

        using var engine = Open(new IndexStoreOptions { BusyTimeout = TimeSpan.FromSeconds(1) });

        Assert.True(engine.InMemory);
        Assert.Equal("price-error", engine.Search("优惠券面额").Results[0].Id);
        Assert.Contains("索引被另一个进程占用太久", Assert.Single(engine.LastRefresh.Notices));
    }

    [Fact]
    public void A_disk_that_fails_under_a_running_server_switches_it_to_memory_at_the_next_refresh()
    {
        var failing = false;
        using var engine = Open(c =>
        {
            if (failing)
                Pragma(c, "max_page_count = 1");
        });
        Assert.False(engine.InMemory);
        failing = true;
        SqliteConnection.ClearAllPools();
        _kb.Write(new PlaybookText("fake-teacher", "有人冒充助教拉人进群") { Background = "冒充助教发名片拉学员进私群。" });

        var report = engine.Refresh();

        Assert.True(engine.InMemory);
        Assert.Contains("磁盘空间已满", Assert.Single(report.Notices));
        Assert.Equal(7, engine.Count());
        Assert.Equal("fake-teacher", engine.Search("冒充助教").Results[0].Id);
    }

    [Fact]
    public void An_error_that_is_not_about_the_disk_is_not_hidden()
    {
        var error = Assert.Throws<SqliteException>(() => Open(_ => throw new SqliteException("SQL logic error", 1)));

        Assert.Equal(1, error.SqliteErrorCode);
    }
}

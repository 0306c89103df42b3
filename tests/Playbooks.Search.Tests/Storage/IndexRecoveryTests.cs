using Microsoft.Data.Sqlite;
using Playbooks.Search.Storage;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Storage;

/// <summary>An index file that cannot be trusted is rebuilt on open, with a one-line notice, and search answers as before.</summary>
public sealed class IndexRecoveryTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = FixtureCorpus.Create();

    public void Dispose() => _kb.Dispose();

    private void IndexOnce()
    {
        _kb.Open().Dispose();
        SqliteConnection.ClearAllPools();
    }

    private void Overwrite(int offset, byte[] bytes)
    {
        using var file = new FileStream(_kb.IndexPath, FileMode.Open, FileAccess.Write);
        file.Position = offset;
        file.Write(bytes);
    }

    private static byte[] Garbage(int length) => Enumerable.Range(0, length).Select(i => (byte)(i * 131 + 7)).ToArray();

    [Fact]
    public void Rebuilds_an_index_file_overwritten_with_garbage()
    {
        IndexOnce();
        var length = (int)new FileInfo(_kb.IndexPath).Length;
        Overwrite(0, Garbage(length));

        using var engine = _kb.Open();

        var notice = Assert.Single(engine.LastRefresh.Notices);
        Assert.Equal("索引文件无法读取（SQLite Error 26: 'file is not a database'.），已自动重建索引。", notice);
        Assert.DoesNotContain('\n', notice);
        Assert.True(engine.LastRefresh.Rebuilt);
        Assert.Equal(6, engine.Count());
        Assert.Equal("refund-request", engine.Search("退钱").Results[0].Id);
    }

    [Fact]
    public void Rebuilds_an_index_whose_postings_do_not_decode_and_answers_the_same_search()
    {
        using var engine = _kb.Open();
        Assert.Equal("refund-request", engine.Search("退钱").Results[0].Id);
        using (var connection = new SqliteConnection($"Data Source={_kb.IndexPath}"))
        {
            connection.Open();
            using var damage = connection.CreateCommand();
            damage.CommandText = "UPDATE postings SET data = x'83'";
            damage.ExecuteNonQuery();
        }
        // Nothing about the files changed, so only reading the damaged postings can notice.
        engine.Refresh();

        var results = engine.Search("学员要求退费").Results;

        Assert.Equal("refund-request", results[0].Id);
        Assert.Equal(["索引文件已损坏（倒排表数据在一个数字中间截断），已自动重建。"], engine.LastRefresh.Notices);
    }

    [Fact]
    public void Rebuilds_an_index_whose_pages_after_the_header_are_garbage()
    {
        IndexOnce();
        var length = (int)new FileInfo(_kb.IndexPath).Length;
        Overwrite(100, Garbage(length - 100));

        using var engine = _kb.Open();

        Assert.Single(engine.LastRefresh.Notices);
        Assert.Equal(6, engine.Count());
        Assert.Equal("refund-request", engine.Search("退钱").Results[0].Id);
    }

    [Fact]
    public void Rebuilds_an_empty_index_file()
    {
        IndexOnce();
        File.WriteAllBytes(_kb.IndexPath, []);

        using var engine = _kb.Open();

        Assert.Equal(6, engine.Count());
        Assert.Equal("bot-flood", engine.Search("机器人号刷屏").Results[0].Id);
    }

    [Fact]
    public void Rebuilds_an_index_of_another_schema_version()
    {
        IndexOnce();
        using (var connection = new SqliteConnection($"Data Source={_kb.IndexPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE meta SET value = '999' WHERE key = 'schema_version'";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        using var engine = _kb.Open();

        Assert.Equal([$"索引格式版本 999 与当前版本 {IndexSchema.Version} 不一致，已自动重建索引。"], engine.LastRefresh.Notices);
        Assert.Equal(6, engine.Count());
        Assert.Equal("refund-request", engine.Search("退钱").Results[0].Id);
    }

    [Fact]
    public void Rebuilds_a_sqlite_file_that_is_not_an_index()
    {
        using (var connection = new SqliteConnection($"Data Source={_kb.IndexPath};Pooling=False"))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_kb.IndexPath)!);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE meta (key TEXT, value TEXT)";
            command.ExecuteNonQuery();
        }

        using var engine = _kb.Open();

        Assert.Equal(["索引文件缺少版本信息，已自动重建索引。"], engine.LastRefresh.Notices);
        Assert.Equal(6, engine.Count());
    }

    [Fact]
    public void Opens_a_healthy_index_without_any_notice()
    {
        IndexOnce();

        using var engine = _kb.Open();

        Assert.Empty(engine.LastRefresh.Notices);
        Assert.Equal(6, engine.Count());
    }
}

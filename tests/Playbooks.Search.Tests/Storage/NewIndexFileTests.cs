using Microsoft.Data.Sqlite;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Storage;

/// <summary>
/// A first build writes its private new file with a rollback journal (each page written once), but what it publishes
/// is an index like any other: in write-ahead-log mode, so searches read beside another process's refresh.
/// </summary>
public sealed class NewIndexFileTests
{
    [Fact]
    public void A_first_build_publishes_one_file_in_write_ahead_log_mode()
    {
        using var kb = FixtureCorpus.Create();

        kb.Open().Dispose();

        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = kb.IndexPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode";
            Assert.Equal("wal", command.ExecuteScalar());
        }
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(kb.IndexPath)!).Where(f => f.Contains(".building-", StringComparison.Ordinal)));
    }
}

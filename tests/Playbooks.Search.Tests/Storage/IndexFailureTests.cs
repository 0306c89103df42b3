using Microsoft.Data.Sqlite;
using Playbooks.Search.Storage;

namespace Playbooks.Search.Tests.Storage;

/// <summary>Which exceptions are the machine's doing, and which kind each is: one table, so every caller agrees.</summary>
public sealed class IndexFailureTests
{
    [Theory]
    [InlineData(11, IndexFailureKind.Corrupt)]
    [InlineData(26, IndexFailureKind.Corrupt)]
    [InlineData(13, IndexFailureKind.DiskFull)]
    [InlineData(8, IndexFailureKind.ReadOnly)]
    [InlineData(8 | (4 << 8), IndexFailureKind.ReadOnly)] // SQLITE_READONLY_DBMOVED: extended codes keep the primary low byte
    [InlineData(14, IndexFailureKind.CannotOpen)]
    [InlineData(10, IndexFailureKind.DiskError)]
    [InlineData(10 | (13 << 8), IndexFailureKind.DiskError)] // SQLITE_IOERR_FSYNC
    [InlineData(5, IndexFailureKind.Busy)]
    [InlineData(6, IndexFailureKind.Busy)]
    public void Classifies_sqlite_errors_the_user_can_act_on(int code, IndexFailureKind kind)
    {
        Assert.Equal(kind, IndexFailure.Classify(new SqliteException("boom", code))?.Kind);
    }

    [Theory]
    [InlineData(1)]  // SQLITE_ERROR: a bad statement is ours
    [InlineData(19)] // SQLITE_CONSTRAINT: so is a duplicate row
    public void Leaves_program_errors_unclassified(int code)
    {
        Assert.Null(IndexFailure.Classify(new SqliteException("boom", code)));
    }

    [Fact]
    public void Leaves_other_exceptions_unclassified()
    {
        Assert.Null(IndexFailure.Classify(new IOException("a playbook file could not be read")));
        Assert.Null(IndexFailure.Classify(new InvalidOperationException()));
    }

    [Fact]
    public void A_folder_the_index_cannot_create_is_the_user_situation()
    {
        var failure = IndexFailure.Classify(new IndexPathException("/x", new UnauthorizedAccessException()));

        Assert.Equal(IndexFailureKind.CannotOpen, failure?.Kind);
    }

    [Fact]
    public void A_fallback_notice_is_one_line_naming_the_index_the_reason_and_the_fix()
    {
        var notice = IndexFailure.Classify(new SqliteException("database or disk is full", 13))!.Notice("/kb/.cache/index.sqlite");

        Assert.Equal("索引 /kb/.cache/index.sqlite 无法使用：磁盘空间已满。本次改用内存中的临时索引，检索结果不受影响，只是较慢；" +
            "请清理磁盘空间，或设置环境变量 PLAYBOOKS_INDEX 把索引放到可写的位置。", notice);
    }
}

using Microsoft.Data.Sqlite;

namespace Playbooks.Search.Storage;

/// <summary>How the index can fail because of the machine rather than the program.</summary>
public enum IndexFailureKind
{
    /// <summary>The file is damaged, foreign or of another schema version: rebuild it.</summary>
    Corrupt,
    /// <summary>SQLITE_FULL: no space left for the index.</summary>
    DiskFull,
    /// <summary>SQLITE_READONLY: the file or its folder cannot be written.</summary>
    ReadOnly,
    /// <summary>SQLITE_CANTOPEN, or the folder cannot be created: the path is a folder, or its folder is not writable.</summary>
    CannotOpen,
    /// <summary>SQLITE_IOERR: the disk failed a read or write.</summary>
    DiskError,
    /// <summary>SQLITE_BUSY/LOCKED beyond the busy timeout: another process holds the write lock too long.</summary>
    Busy,
    /// <summary>The file at PLAYBOOKS_INDEX was written for another knowledge base (<see cref="ForeignIndexException"/>).</summary>
    OtherKnowledgeBase,
}

/// <summary>
/// The one place that decides which exceptions from the index are the user's situation, and what to tell them. A
/// corrupt index is rebuilt; every other kind leaves the index on disk unusable for this run, so the engine answers
/// from an in-memory index instead and says why in one line (<see cref="Notice"/>). Exceptions it does not know
/// (null from <see cref="Classify"/>) are bugs and are left to propagate.
/// </summary>
public sealed record IndexFailure(IndexFailureKind Kind, string Reason, string Remedy)
{
    // Primary SQLite result codes (https://www.sqlite.org/rescode.html); extended codes share the low byte.
    private const int SqliteBusy = 5, SqliteLocked = 6, SqliteReadOnly = 8, SqliteIoErr = 10, SqliteCorrupt = 11,
        SqliteFull = 13, SqliteCantOpen = 14, SqliteNotADb = 26;

    private const string ElsewhereRemedy = "或设置环境变量 PLAYBOOKS_INDEX 把索引放到可写的位置";

    public static IndexFailure? Classify(Exception exception) => exception switch
    {
        IndexUnusableException unusable => new(IndexFailureKind.Corrupt, unusable.Message, "已自动重建索引"),
        InvalidDataException damaged => new(IndexFailureKind.Corrupt, $"索引文件已损坏（{damaged.Message}）", "已自动重建"),
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) switch
        {
            SqliteCorrupt or SqliteNotADb => new(IndexFailureKind.Corrupt, $"索引文件已损坏（{sqlite.Message}）", "已自动重建"),
            SqliteFull => new(IndexFailureKind.DiskFull, "磁盘空间已满", $"请清理磁盘空间，{ElsewhereRemedy}"),
            SqliteReadOnly => new(IndexFailureKind.ReadOnly, "索引文件或所在文件夹只读", $"请给它加上写权限，{ElsewhereRemedy}"),
            SqliteCantOpen => new(IndexFailureKind.CannotOpen, "无法创建或打开索引文件（该路径是文件夹，或所在文件夹不可写）", $"请检查这个路径，{ElsewhereRemedy}"),
            SqliteIoErr => new(IndexFailureKind.DiskError, "读写磁盘出错", $"请检查磁盘（空间、权限、网络盘是否断开），{ElsewhereRemedy}"),
            SqliteBusy or SqliteLocked => new(IndexFailureKind.Busy, "索引被另一个进程占用太久", "请稍后再试；若一直如此，请结束卡住的 playbooks 进程"),
            _ => null,
        },
        ForeignIndexException foreign => new(IndexFailureKind.OtherKnowledgeBase, $"它是另一个预案目录（{foreign.Owner}）的索引",
            "每个预案目录要用各自的索引文件：给它们设置不同的 PLAYBOOKS_INDEX，或不设置（索引默认放在各自预案目录的 .cache/ 里）"),
        IndexPathException => new(IndexFailureKind.CannotOpen, "无法在这个位置创建索引文件或它的文件夹", $"请检查这个路径的权限，{ElsewhereRemedy}"),
        _ => null,
    };

    /// <summary>The one line shown to the user (without the "提示：" prefix front ends add).</summary>
    public string Notice(string indexPath) => Kind == IndexFailureKind.Corrupt
        ? $"{Reason}，{Remedy}。"
        : $"索引 {indexPath} 无法使用：{Reason}。本次改用内存中的临时索引，检索结果不受影响，只是较慢；{Remedy}。";
}

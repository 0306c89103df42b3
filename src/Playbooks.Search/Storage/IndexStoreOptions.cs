using Microsoft.Data.Sqlite;

namespace Playbooks.Search.Storage;

/// <summary>How an <see cref="IndexStore"/> uses its file. The defaults are what every front end uses.</summary>
public sealed record IndexStoreOptions
{
    public static IndexStoreOptions Default { get; } = new();

    /// <summary>
    /// How long a statement waits for another process's write transaction before failing with SQLITE_BUSY. A refresh
    /// holds the write lock only while it writes what it has already parsed, so 30 s covers a full rebuild of a large
    /// knowledge base on a slow disk.
    /// </summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Runs on every connection to the index file right after it opens; null by default. A seam for tests of hostile
    /// machines that cannot be arranged for real (CI runs as root, and a tiny file system needs root): e.g.
    /// <c>PRAGMA max_page_count</c> makes SQLite fail exactly as on a full disk, <c>PRAGMA query_only</c> as on a
    /// read-only file, and throwing <see cref="SqliteException"/> stands for any other error. The in-memory fallback
    /// index does not run it.
    /// </summary>
    public Action<SqliteConnection>? OnConnect { get; init; }
}

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

    /// <summary>
    /// How long a searcher may answer from the index generation it last saw before asking SQLite again whether
    /// another process has committed a newer one. Zero (the default) asks on every search, which a command that
    /// searches once wants. A long-running server sets a short interval: its own refreshes renew the generation at
    /// once (<see cref="SearchEngine.Refresh"/>), so only a refresh by another process (a <c>playbooks search</c>
    /// or a second <c>serve</c> on the same file) is seen up to this much later, and a search whose terms and results
    /// are all held in memory then touches no SQLite at all.
    /// </summary>
    public TimeSpan GenerationCheckInterval { get; init; } = TimeSpan.Zero;

    /// <summary>
    /// Up to how many distinct terms (words and bigrams together) a generation keeps the full list of in memory, so a
    /// query term the index lacks is known absent without a SQLite read; zero (the default) keeps none. Worth it only
    /// to a long-running server: the list is read once per generation (~5 ms for the 14 000 terms of 30 playbooks),
    /// and a larger index than this reads absent terms from SQLite as before (a searcher that found the list too long
    /// once does not read it again).
    /// </summary>
    public int TermListLimit { get; init; }

    /// <summary>What <c>playbooks serve</c> uses: see <see cref="GenerationCheckInterval"/> and <see cref="TermListLimit"/>.</summary>
    public static IndexStoreOptions Serving { get; } = new()
    {
        // Another process's refresh is picked up within a tenth of a second, far inside the 2 s live-reload promise;
        // at 5 000 searches/s that is one generation query per 500 searches.
        GenerationCheckInterval = TimeSpan.FromMilliseconds(100),
        // ~15 MB of strings at most; a knowledge base of a few thousand playbooks stays below it.
        TermListLimit = 250_000,
    };
}

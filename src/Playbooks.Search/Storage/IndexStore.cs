using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Playbooks.Search.Documents;
using Playbooks.Search.Postings;

namespace Playbooks.Search.Storage;

/// <summary>
/// The SQLite file behind the index: documents, their postings (words, bigrams) and metadata (see <see cref="IndexSchema"/>).
/// The only class that knows SQL. One instance per process; each call opens a pooled connection, so reads
/// from many threads can run while a writer holds its transaction (WAL mode: readers see the last commit). Several
/// processes may use one file at once: writers queue on SQLite's write lock (see <see cref="BeginWrite"/>).
/// </summary>
public sealed class IndexStore : IDisposable
{
    private readonly string _connectionString;
    private readonly Action<SqliteConnection>? _onConnect;
    private readonly SqliteConnection? _keepAlive;
    // Set for a file made by CreatePrivate until it is switched to the write-ahead log (see PrivateFileFlush).
    private PrivateFileFlush? _privateFlush;

    /// <summary>The index file; a descriptive name for an in-memory index.</summary>
    public string FilePath { get; }

    /// <summary>True for the fallback index that lives only in this process (see <see cref="OpenInMemory"/>).</summary>
    public bool InMemory => _keepAlive is not null;

    /// <summary>How this store was opened (the in-memory fallback has no <see cref="IndexStoreOptions.OnConnect"/>).</summary>
    public IndexStoreOptions Options { get; }

    private IndexStore(string path, string connectionString, IndexStoreOptions options, bool inMemory)
    {
        FilePath = path;
        _connectionString = connectionString;
        Options = options;
        _onConnect = options.OnConnect;
        if (inMemory)
        {
            // A shared-cache memory database lives as long as one connection to it is open.
            _keepAlive = new SqliteConnection(connectionString);
            _keepAlive.Open();
        }
    }

    /// <summary>
    /// Opens (creating if needed, with its folder) the index at <paramref name="path"/>. Throws
    /// <see cref="IndexUnusableException"/> when the file exists but is not a usable index of this schema version, and
    /// <see cref="SqliteException"/> or <see cref="IndexPathException"/> when the disk refuses (see <see cref="IndexFailure"/>).
    /// </summary>
    public static IndexStore Open(string path, IndexStoreOptions? options = null) => Open(path, options, writeAheadLog: true);

    /// <summary>
    /// Creates the index at <paramref name="path"/>, a new file that no other process opens until it is published (see
    /// <see cref="IndexFile"/>), with a rollback journal instead of the write-ahead log: a first build's one large
    /// transaction is then written into the file once, where through the log every page was written twice (into the log at
    /// the commit, then into the file by the checkpoint; 43 MB each for 3 000 playbooks). Call
    /// <see cref="UseWriteAheadLog"/> once it is built, before it is published.
    /// </summary>
    public static IndexStore CreatePrivate(string path, IndexStoreOptions? options = null) => Open(path, options, writeAheadLog: false);

    private static IndexStore Open(string path, IndexStoreOptions? options, bool writeAheadLog)
    {
        options ??= IndexStoreOptions.Default;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IndexPathException(folder, ex);
        }
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = (int)options.BusyTimeout.TotalSeconds,
        }.ToString();
        var store = Initialized(new IndexStore(path, connectionString, options, inMemory: false), writeAheadLog);
        if (!writeAheadLog)
        {
            try
            {
                store._privateFlush = new PrivateFileFlush(path);
            }
            catch
            {
                store.Dispose();
                throw;
            }
        }
        return store;
    }

    /// <summary>
    /// An empty index in this process's memory, for when the disk cannot hold one (full, read-only, unusable path). It
    /// is built afresh by every process that falls back to it and gone when disposed.
    /// </summary>
    /// <param name="options">Only its reading settings apply (a generation check interval, the term list); the file ones do not.</param>
    public static IndexStore OpenInMemory(IndexStoreOptions? options = null)
    {
        var name = $"playbooks-index-{Environment.ProcessId}-{Guid.NewGuid():N}";
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = name,
            Mode = SqliteOpenMode.Memory,
            Cache = SqliteCacheMode.Shared,
            Pooling = true,
        }.ToString();
        return Initialized(new IndexStore($"（内存）{name}", connectionString,
            (options ?? IndexStoreOptions.Default) with { OnConnect = null }, inMemory: true));
    }

    private static IndexStore Initialized(IndexStore store, bool writeAheadLog = true)
    {
        try
        {
            store.EnsureSchema(writeAheadLog);
            return store;
        }
        catch (SqliteException ex) when ((ex.SqliteErrorCode & 0xFF) is 11 or 26)
        {
            store.Dispose();
            throw new IndexUnusableException($"索引文件无法读取（{ex.Message}）", ex);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Checks the schema version, creating the schema in a new file. Creation happens inside one IMMEDIATE transaction
    /// with the check repeated, so two processes opening a new file at once create it once and neither sees it half made.
    /// </summary>
    private void EnsureSchema(bool writeAheadLog)
    {
        using var connection = Connect();
        if (HasCurrentSchema(connection, null))
            return; // the common case takes no write lock
        if (writeAheadLog)
            Execute(connection, "PRAGMA journal_mode = WAL"); // not allowed inside a transaction; persists in the file
        using var tx = connection.BeginTransaction(deferred: false);
        if (HasCurrentSchema(connection, tx))
            return;
        Execute(connection, IndexSchema.Create, tx);
        WriteMeta(connection, tx, "schema_version", IndexSchema.Version.ToString(CultureInfo.InvariantCulture));
        WriteMeta(connection, tx, IndexGeneration.IdKey, Guid.NewGuid().ToString("N"));
        tx.Commit();
    }

    /// <summary>True when the file holds an index of this schema version, false when it is empty.</summary>
    private static bool HasCurrentSchema(SqliteConnection connection, SqliteTransaction? tx)
    {
        var version = ReadMeta(connection, tx, "schema_version");
        if (version is null && HasTables(connection, tx))
            throw new IndexUnusableException("索引文件缺少版本信息");
        if (version is not null && version != IndexSchema.Version.ToString(CultureInfo.InvariantCulture))
            throw new IndexUnusableException($"索引格式版本 {version} 与当前版本 {IndexSchema.Version} 不一致");
        return version is not null;
    }

    /// <summary>Deletes an index file and its WAL companions (closing this process's pooled connections first).</summary>
    public static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        IndexFile.Delete(path);
    }

    public SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        _onConnect?.Invoke(connection);
        return connection;
    }

    public string? ReadMeta(string key)
    {
        using var connection = Connect();
        return ReadMeta(connection, null, key);
    }

    private static string? ReadMeta(SqliteConnection connection, SqliteTransaction? tx, string key)
    {
        return HasTables(connection, tx) ? MetaTable.Read(connection, tx, key) : null;
    }

    private static bool HasTables(SqliteConnection connection, SqliteTransaction? tx)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    private static void WriteMeta(SqliteConnection connection, SqliteTransaction tx, string key, string value)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "INSERT INTO meta(key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Switches a file made by <see cref="CreatePrivate"/> to the write-ahead log every index file uses (readers beside a
    /// writer), recorded in the file itself. Needs no other connection to it in any process, which a private file has not.
    /// </summary>
    public void UseWriteAheadLog()
    {
        SqliteConnection.ClearAllPools(); // this store's idle connections would keep SQLite from leaving the rollback journal
        if (_privateFlush is { } flush)
        {
            // Its writes skipped the disk (synchronous = OFF): all of the file is put there before anyone can open it.
            flush.Finish();
            flush.Dispose(); // no connection is open: closing the handle drops no lock of SQLite's
            _privateFlush = null;
        }
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL";
        if (command.ExecuteScalar() is not "wal")
            throw new InvalidOperationException($"{FilePath}: SQLite did not switch the new index to the write-ahead log");
    }

    /// <summary>What the index holds now (last commit), for deciding what a refresh has to write.</summary>
    public IndexState ReadState(string lexiconKey)
    {
        using var reader = OpenReader();
        return reader.State(lexiconKey);
    }

    /// <inheritdoc cref="IndexReader.Stamps"/>
    public (FileStamps? Stamps, string? LexiconFingerprint) ReadStamps(string lexiconKey)
    {
        using var reader = OpenReader();
        return reader.Stamps(lexiconKey);
    }

    /// <summary>
    /// Keeps <paramref name="state"/>'s stamps as the <see cref="FileStamps"/> of its generation, for an index that has none
    /// of it (made before they existed, or last written by a build that did not keep them). Best effort, like filling a
    /// cache: nothing is written if another process committed since <paramref name="state"/> was read, and a refused
    /// write (a read-only or full disk, the write lock held past <see cref="StampWriteTimeoutSeconds"/>) is ignored.
    /// </summary>
    public void RememberStamps(IndexState state) =>
        Remember(state.Generation, StampsTable.Table, FileStamps.Encode(state.Files.Values.Select(f => (f.Path, f.Size, f.Modified))
            .Concat(state.Guides.Select(g => (g.Key, g.Value.Size, g.Value.Modified)))));

    /// <summary>
    /// Keeps <paramref name="lengths"/>, read from the rows of <paramref name="generation"/>, as its <see cref="DocLengths"/> blob,
    /// for an index that has none of it (made before the blob existed): best effort, as <see cref="RememberStamps"/>.
    /// </summary>
    internal void RememberLengths(IndexGeneration generation, DocLengths lengths) =>
        Remember(generation, LengthsTable.Table, lengths.Encode());

    private void Remember(IndexGeneration generation, string table, byte[] data)
    {
        try
        {
            // Its own connection with a short timeout: a command only reading the index must not wait long for a writer.
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(_connectionString) { DefaultTimeout = StampWriteTimeoutSeconds }.ToString());
            connection.Open();
            _onConnect?.Invoke(connection);
            using var tx = connection.BeginTransaction(deferred: false);
            if (IndexGeneration.Read(connection, tx) != generation)
                return;
            GenerationBlob.Write(connection, tx, table, generation, data);
            tx.Commit();
        }
        catch (SqliteException)
        {
            // Without the blob the next command reads the rows, as before it existed.
        }
    }

    /// <summary>How long <see cref="Remember"/> waits for another process's write lock (SQLite's busy timeout) before it gives up.</summary>
    private const int StampWriteTimeoutSeconds = 1;

    /// <summary>
    /// Starts the single write transaction of a refresh, as BEGIN IMMEDIATE: it takes SQLite's write lock first,
    /// waiting up to the busy timeout while another process writes, so what it then reads (<see cref="IndexWriter.State"/>)
    /// stays true until it commits. Nothing is visible to readers until Commit.
    /// </summary>
    /// <param name="spell">
    /// A bigram's pinyin spelling, stored beside it for typo lookups. Given by the caller, because spelling is analysis
    /// and storage only keeps what it is handed.
    /// </param>
    public IndexWriter BeginWrite(Func<string, string> spell) => new(Connect(), spell, _privateFlush);

    /// <summary>A read snapshot for one query: all its statements see the same committed state.</summary>
    public IndexReader OpenReader() => new(Connect());

    /// <inheritdoc cref="IndexReader.LastRowId"/>
    public long LastRowId()
    {
        using var reader = OpenReader();
        return reader.LastRowId();
    }

    public int Count()
    {
        using var reader = OpenReader();
        return reader.Count();
    }

    public IReadOnlyList<string> Ids()
    {
        using var reader = OpenReader();
        return reader.Ids();
    }

    public (long RowId, StoredPlaybook Doc)? LoadById(string id)
    {
        using var reader = OpenReader();
        return reader.LoadById(id);
    }

    internal static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _privateFlush?.Dispose(); // after the pools: see PrivateFileFlush
        _keepAlive?.Dispose();
    }

    /// <summary>Writes of one refresh, in one transaction: nothing is visible to readers until <see cref="Commit"/>.</summary>
    public sealed class IndexWriter : IDisposable
    {
        /// <summary>Postings held in memory before they are written as a segment (tens of megabytes at this size, encoded as they come).</summary>
        private const int FlushAtPostings = 4_000_000;

        /// <summary>
        /// Merge the segments written by ordinary refreshes (a saved file or a few) once there are more than this: every
        /// query term reads one row per segment. Only these small segments are merged, so an edit to a large knowledge
        /// base never rewrites the segments of its initial build.
        /// </summary>
        private const int MaxSmallSegments = 16;

        /// <summary>
        /// Playbooks inserted into a private file between two background flushes (<see cref="PrivateFileFlush"/>): a few
        /// megabytes of stored playbooks, so the disk writes them during the build rather than all at the end.
        /// </summary>
        private const int PrivateFlushEvery = 256;

        private readonly SqliteConnection _connection;
        private readonly SqliteTransaction _tx;
        // Pending postings by term number (Terms), per kind.
        private readonly PendingPostings[] _pending = [new(), new()];
        // Through SQLite's own API like the bodies: a SqliteCommand converted each of its nine values per playbook and made
        // a reader for the returned row id (4 MB of garbage per 3 000 playbooks, on the one writing thread).
        private readonly sqlite3_stmt _insertDoc;
        // Bound through SQLite's own API, not a SqliteCommand: the JSON is already UTF-8 (what SQLite stores), whereas a
        // string parameter is converted to a new UTF-8 array on the one writing thread, for ~10 KB per playbook.
        private readonly sqlite3_stmt _insertBody;
        private readonly Func<string, string> _spell;
        private readonly PrivateFileFlush? _privateFlush;
        private byte[] _utf8 = new byte[256]; // BindText's
        private byte[] _postingBuffer = new byte[1024]; // Pending's
        private int _pendingPostings;
        private int _inserted;
        private long _nextSegment;
        private long _smallSegments;
        private long _firstSmallSegment;
        private long _dead;
        private bool _rebuilding;

        internal IndexWriter(SqliteConnection connection, Func<string, string> spell, PrivateFileFlush? privateFlush)
        {
            _connection = connection;
            _spell = spell;
            _privateFlush = privateFlush;
            // A private file is put on the disk by PrivateFileFlush, beside the build and before it is published. The
            // setting stays with this pooled connection, which only ever serves the private file's path, and which
            // UseWriteAheadLog closes before the file is published.
            if (privateFlush is not null)
                Execute(connection, "PRAGMA synchronous = OFF");
            _tx = connection.BeginTransaction(deferred: false);
            _nextSegment = MetaNumber("next_segment");
            _smallSegments = MetaNumber("small_segments");
            _firstSmallSegment = MetaNumber("first_small_segment");
            _dead = MetaNumber("dead_docs");
            Check(raw.sqlite3_prepare_v2(connection.Handle, """
                INSERT INTO docs(id, path, hash, size, modified, words_length, grams_length, unwritten, metadata_problems)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                """, out _insertDoc));
            Check(raw.sqlite3_prepare_v2(connection.Handle, "INSERT INTO bodies(rowid, doc) VALUES (?1, ?2)", out _insertBody));
        }

        /// <summary>What the index holds as of this transaction, which no other writer can change before it ends.</summary>
        public IndexState State(string lexiconKey) => IndexState.Read(_connection, _tx, lexiconKey);

        public void DeleteAll()
        {
            Run("DELETE FROM docs");
            Run("DELETE FROM bodies");
            Run("DELETE FROM postings");
            Run("DELETE FROM spellings");
            ClearPending();
            _smallSegments = 0;
            _dead = 0;
            _rebuilding = true; // what this refresh writes is the new base, not small segments
        }

        /// <summary>Removes a playbook; its postings stay in their segment, skipped by readers, until compaction.</summary>
        public void Delete(long rowId)
        {
            Run("DELETE FROM docs WHERE rowid = $rowid", ("$rowid", rowId));
            Run("DELETE FROM bodies WHERE rowid = $rowid", ("$rowid", rowId));
            _dead++;
        }

        /// <summary>
        /// Remembers a file that is read but not indexed (a guide, or with <paramref name="skipped"/> a file left out as
        /// not a playbook and why), so it is not parsed again while unchanged.
        /// </summary>
        public void RememberGuide(string path, SourceStamp stamp, string? skipped = null) =>
            Run("INSERT INTO guides(path, hash, size, modified, skipped) VALUES ($path, $hash, $size, $modified, $skipped) " +
                "ON CONFLICT(path) DO UPDATE SET hash = excluded.hash, size = excluded.size, modified = excluded.modified, skipped = excluded.skipped",
                ("$path", path), ("$hash", stamp.Hash), ("$size", stamp.Size), ("$modified", stamp.Modified), ("$skipped", (object?)skipped ?? DBNull.Value));

        public void ForgetGuide(string path) => Run("DELETE FROM guides WHERE path = $path", ("$path", path));

        /// <summary>Records a new size and modification time for a file whose content is unchanged.</summary>
        public void Touch(long rowId, long size, long modified) =>
            Run("UPDATE docs SET size = $size, modified = $modified WHERE rowid = $rowid", ("$size", size), ("$modified", modified), ("$rowid", rowId));

        /// <summary>
        /// The numbers of this write's terms, one table per kind (<see cref="IndexSchema.WordsKind"/>,
        /// <see cref="IndexSchema.GramsKind"/>): analysis done under this write's lock numbers its terms here, on any thread.
        /// </summary>
        public TermIds[] Terms { get; } = [new(), new()];

        /// <summary>Inserts a playbook with its word and bigram tokens.</summary>
        public void Insert(StoredPlaybook doc, SourceStamp stamp, DocumentTokens words, DocumentTokens grams) =>
            Insert(doc, stamp, IndexedTerms.Of(words, Terms[IndexSchema.WordsKind]), IndexedTerms.Of(grams, Terms[IndexSchema.GramsKind]));

        /// <summary>Inserts a playbook with its word and bigram terms, numbered in <see cref="Terms"/>.</summary>
        /// <param name="body">
        /// <paramref name="doc"/> as <see cref="Body"/> gives it, when an analysing thread already made it (the caller still
        /// owns it); null to make it here.
        /// </param>
        public void Insert(StoredPlaybook doc, SourceStamp stamp, IndexedTerms words, IndexedTerms grams, BodyJson? body = null)
        {
            BindText(_insertDoc, 1, doc.Id);
            BindText(_insertDoc, 2, doc.Path);
            BindText(_insertDoc, 3, stamp.Hash);
            raw.sqlite3_bind_int64(_insertDoc, 4, stamp.Size);
            raw.sqlite3_bind_int64(_insertDoc, 5, stamp.Modified);
            raw.sqlite3_bind_int64(_insertDoc, 6, words.Length);
            raw.sqlite3_bind_int64(_insertDoc, 7, grams.Length);
            raw.sqlite3_bind_int64(_insertDoc, 8, doc.Unwritten ? 1 : 0);
            raw.sqlite3_bind_int64(_insertDoc, 9, doc.MetadataProblems ? 1 : 0);
            Step(_insertDoc); // every value is bound again for the next playbook
            var rowId = raw.sqlite3_last_insert_rowid(_connection.Handle);
            if (body is not null)
                InsertBody(rowId, body.Utf8);
            else
            {
                using var made = Body(doc);
                InsertBody(rowId, made.Utf8);
            }
            Add(IndexSchema.WordsKind, rowId, words);
            Add(IndexSchema.GramsKind, rowId, grams);
            if (_pendingPostings >= FlushAtPostings)
                Flush();
            if (_privateFlush is not null && ++_inserted % PrivateFlushEvery == 0)
                _privateFlush.Start();
        }

        /// <summary>
        /// A playbook as its row in <c>bodies</c> stores it (JSON, as UTF-8 text). A full build makes it on the analysing
        /// threads, beside the playbook's analysis, so the one writing thread only binds it (~50 µs a playbook off that
        /// thread). UTF-8 bytes rather than a string: what SQLite stores, so the writer has nothing to convert.
        /// </summary>
        public static BodyJson Body(StoredPlaybook doc) => BodyJson.Of(doc);

        private void InsertBody(long rowId, ReadOnlySpan<byte> json)
        {
            raw.sqlite3_bind_int64(_insertBody, 1, rowId);
            raw.sqlite3_bind_text(_insertBody, 2, json);
            try
            {
                Step(_insertBody);
            }
            finally
            {
                raw.sqlite3_clear_bindings(_insertBody);
            }
        }

        /// <summary>
        /// Binds <paramref name="value"/> as UTF-8 encoded into one reused buffer: SQLitePCL's string overload makes a
        /// new array per value, and a 3k build's last flush binds ~34 000 posting terms and ~31 000 pairs of pinyin and
        /// bigram on this one thread while the other core has little left to do. SQLite copies a bound text at once
        /// (SQLitePCL binds as <c>SQLITE_TRANSIENT</c>), so the buffer can take the next value straight away.
        /// </summary>
        private void BindText(sqlite3_stmt statement, int index, string value)
        {
            if (value.Length == 0)
            {
                // An empty span is pinned as a null pointer, which SQLite would bind as NULL, not as ''.
                raw.sqlite3_bind_text(statement, index, value);
                return;
            }
            var most = Encoding.UTF8.GetMaxByteCount(value.Length);
            if (_utf8.Length < most)
                _utf8 = new byte[Math.Max(most, _utf8.Length * 2)];
            raw.sqlite3_bind_text(statement, index, _utf8.AsSpan(0, Encoding.UTF8.GetBytes(value, _utf8)));
        }

        /// <summary>Throws what a SqliteCommand would have thrown for <paramref name="rc"/> (nothing for success).</summary>
        private void Check(int rc) => SqliteException.ThrowExceptionForRC(rc, _connection.Handle);

        private void Add(int kind, long rowId, IndexedTerms terms)
        {
            var pending = _pending[kind];
            var ids = terms.Ids;
            var counts = terms.Counts;
            for (var i = 0; i < ids.Length; i++)
                pending.Add(ids[i], rowId, counts[i]);
            _pendingPostings += ids.Length;
        }

        /// <summary>Writes the postings collected so far as one new segment, and the new bigrams' spellings.</summary>
        /// <remarks>
        /// Both tables are WITHOUT ROWID b-trees keyed by what is inserted, and terms are numbered in the order the
        /// analysing threads first met them, i.e. at random in key order: each insert then lands on another leaf page and
        /// splits it. Rows handed to SQLite in key order are appended to the rightmost leaf instead (a 3k build's 34 000
        /// posting rows: ~600 → 140–230 ms of CPU on the one writing thread, with everything else already written). The
        /// order changes no row, only how fast they are stored; .NET's ordinal order (UTF-16) is SQLite's BINARY order
        /// (UTF-8 bytes) for every character outside the supplementary planes, and where they differ a row is merely
        /// out of place.
        /// <para>
        /// The last flush of a build runs when every analysing thread is done, so only this thread would work: the
        /// bigrams' spellings are made and sorted on another core meanwhile (they only read the pending term numbers,
        /// which stay as they are until <see cref="ClearPending"/>), and so are the bigrams' terms while this thread sorts
        /// and inserts the words (a tenth as many terms, which come first in key order). SQLite takes the inserts on one
        /// connection only, several rows a statement (<see cref="BatchedInsert"/>); each list, already encoded, is copied
        /// out as it is bound.
        /// </para>
        /// </remarks>
        private void Flush()
        {
            if (_pendingPostings == 0)
                return;
            var spellings = Task.Run(SpellingsInKeyOrder);
            var grams = Task.Run(() => TermsInKeyOrder(IndexSchema.GramsKind));
            try
            {
                using var insert = PostingsInsert("postings", _pending[IndexSchema.WordsKind].Terms.Count + _pending[IndexSchema.GramsKind].Terms.Count);
                InsertPostings(insert, _nextSegment, Pending(IndexSchema.WordsKind, TermsInKeyOrder(IndexSchema.WordsKind)));
                InsertPostings(insert, _nextSegment, Pending(IndexSchema.GramsKind, grams.GetAwaiter().GetResult()));
                _privateFlush?.Start(); // the posting rows, most of them already handed to the OS, go to the disk meanwhile
            }
            finally
            {
                // Also when the inserts failed, before anything clears what the tasks read. WaitAny does not rethrow.
                Task.WaitAny(spellings);
                Task.WaitAny(grams);
            }
            InsertSpellings(spellings.GetAwaiter().GetResult());
            ClearPending();
            _nextSegment++;
            if (!_rebuilding)
                _smallSegments++;
        }

        /// <summary>The pending terms of one kind, with their numbers, in the postings table's key order.</summary>
        private (string Term, int Id)[] TermsInKeyOrder(int kind)
        {
            var ids = _pending[kind].Terms;
            var terms = new (string Term, int Id)[ids.Count];
            for (var i = 0; i < terms.Length; i++)
                terms[i] = (Terms[kind].Term(ids[i]), ids[i]);
            Array.Sort(terms, static (a, b) => string.CompareOrdinal(a.Term, b.Term));
            return terms;
        }

        /// <summary>
        /// The pending posting lists of <paramref name="terms"/> as rows, each row's data in one reused buffer that is valid
        /// until the next row (InsertPostings binds it at once, and SQLite copies it).
        /// </summary>
        private IEnumerable<(long Kind, string Term, ReadOnlyMemory<byte> Data)> Pending(int kind, (string Term, int Id)[] terms)
        {
            foreach (var (term, id) in terms)
            {
                var length = _pending[kind].Length(id);
                if (_postingBuffer.Length < length)
                    _postingBuffer = new byte[Math.Max(length, _postingBuffer.Length * 2)];
                _pending[kind].CopyTo(id, _postingBuffer);
                yield return (kind, term, _postingBuffer.AsMemory(0, length));
            }
        }

        /// <summary>The pinyin spelling of each pending bigram, in the spellings table's key order (pinyin, then bigram).</summary>
        private (string Pinyin, string Gram)[] SpellingsInKeyOrder()
        {
            var grams = _pending[IndexSchema.GramsKind].Terms;
            var spelled = new (string Pinyin, string Gram)[grams.Count];
            for (var i = 0; i < spelled.Length; i++)
            {
                var term = Terms[IndexSchema.GramsKind].Term(grams[i]);
                spelled[i] = (_spell(term), term);
            }
            Array.Sort(spelled, static (a, b) => string.CompareOrdinal(a.Pinyin, b.Pinyin) is var c and not 0 ? c : string.CompareOrdinal(a.Gram, b.Gram));
            return spelled;
        }

        private void InsertSpellings((string Pinyin, string Gram)[] spelled)
        {
            using var insert = new BatchedInsert(_connection.Handle!, "INSERT OR IGNORE INTO spellings(pinyin, gram)", 2, spelled.Length);
            foreach (var (pinyin, gram) in spelled)
            {
                var statement = insert.Next(out var at);
                BindText(statement, at, pinyin);
                BindText(statement, at + 1, gram);
                insert.Bound();
            }
        }

        /// <summary>A text value of the meta table as of this transaction; null when it was never set.</summary>
        public string? Meta(string key) => MetaTable.Read(_connection, _tx, key);

        /// <summary>Every indexed playbook's row, id, path and metadata flag as of this transaction.</summary>
        public List<(long RowId, string Id, string Path, bool MetadataProblems)> Rows()
        {
            using var command = Command("SELECT rowid, id, path, metadata_problems FROM docs");
            using var reader = command.ExecuteReader();
            var rows = new List<(long, string, string, bool)>();
            while (reader.Read())
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3) != 0));
            return rows;
        }

        /// <summary>
        /// Gives an indexed playbook another id (and metadata flag) in its row and its stored document. Its postings are
        /// by row, not by id, so they stay as they are.
        /// </summary>
        public void Rename(long rowId, string id, bool metadataProblems)
        {
            Run("UPDATE docs SET id = $id, metadata_problems = $metadata WHERE rowid = $rowid",
                ("$id", id), ("$metadata", metadataProblems ? 1 : 0), ("$rowid", rowId));
            using var read = Command("SELECT doc FROM bodies WHERE rowid = $rowid");
            read.Parameters.AddWithValue("$rowid", rowId);
            if (read.ExecuteScalar() is not string json)
                return;
            var doc = JsonSerializer.Deserialize(json, StoredPlaybookJson.Stored.StoredPlaybook)! with { Id = id, MetadataProblems = metadataProblems };
            Run("UPDATE bodies SET doc = $doc WHERE rowid = $rowid",
                ("$doc", JsonSerializer.Serialize(doc, StoredPlaybookJson.Stored.StoredPlaybook)), ("$rowid", rowId));
        }

        private void ClearPending()
        {
            foreach (var pending in _pending)
                pending.Clear();
            _pendingPostings = 0;
        }

        public void SetMeta(string key, string value) =>
            Run("INSERT INTO meta(key, value) VALUES ($k, $v) ON CONFLICT(key) DO UPDATE SET value = excluded.value", ("$k", key), ("$v", value));

        /// <summary>Writes what is pending, compacts if due, and makes the whole refresh visible as a new generation.</summary>
        public void Commit()
        {
            _privateFlush?.Start(); // the playbooks' rows go to the disk while their postings are inserted
            Flush();
            if (_rebuilding)
                _firstSmallSegment = _nextSegment;
            if (_dead > 0 && _dead * 4 > Live())
                Compact();
            else if (_smallSegments > MaxSmallSegments)
                MergeSmallSegments();
            SetMeta("next_segment", _nextSegment.ToString(CultureInfo.InvariantCulture));
            SetMeta("small_segments", _smallSegments.ToString(CultureInfo.InvariantCulture));
            SetMeta("first_small_segment", _firstSmallSegment.ToString(CultureInfo.InvariantCulture));
            SetMeta("dead_docs", _dead.ToString(CultureInfo.InvariantCulture));
            SetMeta("generation", (MetaNumber("generation") + 1).ToString(CultureInfo.InvariantCulture));
            StampsTable.WriteCurrent(_connection, _tx); // so the next freshness check reads one blob, not a row per file
            LengthsTable.WriteCurrent(_connection, _tx); // and the next first query one blob, not a row and a path per playbook
            _tx.Commit();
        }

        /// <summary>
        /// Rewrites the postings as one segment per term, without the postings of deleted playbooks: into a new table,
        /// which then replaces the old one (reading and rewriting the same table in one pass is not safe in SQLite).
        /// </summary>
        private void Compact()
        {
            var (rowIds, denseOf) = LiveRowIds();
            Run("DROP TABLE IF EXISTS postings_compacted");
            Run(IndexSchema.PostingsTable("postings_compacted"));
            using (var scan = Command("SELECT kind, term, data FROM postings ORDER BY kind, term, segment"))
            using (var reader = scan.ExecuteReader())
            using (var insert = PostingsInsert("postings_compacted", rows: null)) // read while written: the count is not known
                InsertPostings(insert, 0, PostingRows.Merged(reader, rowIds, denseOf));
            Run("DROP TABLE postings");
            Run("ALTER TABLE postings_compacted RENAME TO postings");
            _nextSegment = 1;
            _firstSmallSegment = 1;
            _smallSegments = 0;
            _dead = 0;
        }

        /// <summary>
        /// Rewrites the small segments (see <see cref="MaxSmallSegments"/>) as one, dropping deleted playbooks' postings from
        /// them. They are small by construction, so they are merged in memory. The merged segment takes the next number:
        /// it holds only row ids newer than every base segment's, so reading segments in order still gives row id order.
        /// </summary>
        private void MergeSmallSegments()
        {
            var (rowIds, denseOf) = LiveRowIds();
            List<(long Kind, string Term, ReadOnlyMemory<byte> Data)> merged;
            using (var scan = Command("SELECT kind, term, data FROM postings WHERE segment >= $first ORDER BY kind, term, segment"))
            {
                scan.Parameters.AddWithValue("$first", _firstSmallSegment);
                using var reader = scan.ExecuteReader();
                merged = PostingRows.Merged(reader, rowIds, denseOf).ToList(); // read in full before the rows are replaced
            }
            Run("DELETE FROM postings WHERE segment >= $first", ("$first", _firstSmallSegment));
            using (var insert = PostingsInsert("postings", merged.Count))
                InsertPostings(insert, _nextSegment, merged);
            _firstSmallSegment = _nextSegment;
            _nextSegment++;
            _smallSegments = 1;
        }

        /// <summary>An insert of <paramref name="rows"/> rows into a postings table (null: not known, one row a statement).</summary>
        /// <remarks>
        /// Through SQLite's own API, as the bodies are: a build's last flush inserts some 34 000 rows per 3 000 playbooks on
        /// this one thread while the others wait, and a SqliteCommand costs a parameter lookup and conversion per value.
        /// </remarks>
        private BatchedInsert PostingsInsert(string table, int? rows) =>
            new(_connection.Handle!, $"INSERT INTO {table}(kind, term, segment, data)", 4, rows);

        private void InsertPostings(BatchedInsert insert, long segment, IEnumerable<(long Kind, string Term, ReadOnlyMemory<byte> Data)> rows)
        {
            foreach (var row in rows)
            {
                var statement = insert.Next(out var at);
                raw.sqlite3_bind_int64(statement, at, row.Kind);
                BindText(statement, at + 1, row.Term);
                raw.sqlite3_bind_int64(statement, at + 2, segment);
                raw.sqlite3_bind_blob(statement, at + 3, row.Data.Span);
                insert.Bound();
            }
        }

        private void Step(sqlite3_stmt statement) => BatchedInsert.Step(_connection.Handle!, statement);

        /// <summary>Live row ids in ascending order, and each one's position in that order.</summary>
        private (List<long> RowIds, RowNumbers DenseOf) LiveRowIds()
        {
            var rowIds = new List<long>();
            using (var live = Command("SELECT rowid FROM docs ORDER BY rowid"))
            using (var reader = live.ExecuteReader())
                while (reader.Read())
                    rowIds.Add(reader.GetInt64(0));
            return (rowIds, new RowNumbers(rowIds));
        }

        private long Live()
        {
            using var command = Command("SELECT count(*) FROM docs");
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        private long MetaNumber(string key) => Meta(key) is { } value ? long.Parse(value, CultureInfo.InvariantCulture) : 0;

        private void Run(string sql, params (string Name, object Value)[] parameters)
        {
            using var command = Command(sql);
            foreach (var (name, value) in parameters)
                command.Parameters.AddWithValue(name, value);
            command.ExecuteNonQuery();
        }

        private SqliteCommand Command(string sql)
        {
            var command = _connection.CreateCommand();
            command.Transaction = _tx;
            command.CommandText = sql;
            return command;
        }

        public void Dispose()
        {
            _insertDoc.Dispose(); // finalizes the statement
            _insertBody.Dispose(); // finalizes the statement
            _tx.Dispose(); // rolls back unless committed
            _connection.Dispose();
        }
    }
}

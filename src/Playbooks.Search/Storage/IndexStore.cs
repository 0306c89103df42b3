using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Playbooks.Search.Indexing;

namespace Playbooks.Search.Storage;

/// <summary>
/// The SQLite file behind the index: documents, two FTS5 tables (words, bigrams) and metadata.
/// The only class that knows SQL. One instance per process; each call opens a pooled connection, so reads
/// from many threads can run while a writer holds its transaction (WAL mode: readers see the last commit).
/// </summary>
public sealed class IndexStore : IDisposable
{
    private readonly string _connectionString;

    public string FilePath { get; }

    private IndexStore(string path)
    {
        FilePath = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>
    /// Opens (creating if needed) the index at <paramref name="path"/>. Throws <see cref="IndexUnusableException"/>
    /// when the file exists but is not a usable index of this schema version.
    /// </summary>
    public static IndexStore Open(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var store = new IndexStore(path);
        try
        {
            using var connection = store.Connect();
            var version = store.ReadMeta(connection, "schema_version");
            if (version is null && store.HasTables(connection))
                throw new IndexUnusableException("索引文件缺少版本信息");
            if (version is not null && version != IndexSchema.Version.ToString(CultureInfo.InvariantCulture))
                throw new IndexUnusableException($"索引格式版本 {version} 与当前版本 {IndexSchema.Version} 不一致");
            if (version is null)
            {
                Execute(connection, IndexSchema.Create);
                using var tx = connection.BeginTransaction();
                store.WriteMeta(connection, tx, "schema_version", IndexSchema.Version.ToString(CultureInfo.InvariantCulture));
                tx.Commit();
            }
            return store;
        }
        catch (SqliteException ex)
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

    /// <summary>Deletes an index file and its WAL companions.</summary>
    public static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
            if (File.Exists(file))
                File.Delete(file);
    }

    public SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    public string? ReadMeta(string key)
    {
        using var connection = Connect();
        return ReadMeta(connection, key);
    }

    private string? ReadMeta(SqliteConnection connection, string key)
    {
        if (!HasTables(connection))
            return null;
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }

    private bool HasTables(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    private void WriteMeta(SqliteConnection connection, SqliteTransaction tx, string key, string value)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "INSERT INTO meta(key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        command.ExecuteNonQuery();
    }

    /// <summary>What the index holds per file: path → (rowid, id, content hash).</summary>
    public Dictionary<string, IndexedFile> Files()
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid, id, path, hash FROM docs";
        using var reader = command.ExecuteReader();
        var files = new Dictionary<string, IndexedFile>(StringComparer.Ordinal);
        while (reader.Read())
            files[reader.GetString(2)] = new IndexedFile(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
        return files;
    }

    /// <summary>Starts the single write transaction of a refresh; nothing is visible to readers until Commit.</summary>
    public IndexWriter BeginWrite() => new(Connect());

    /// <summary>A read snapshot for one query: all its statements see the same committed state.</summary>
    public IndexReader OpenReader() => new(Connect());

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

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => SqliteConnection.ClearAllPools();

    /// <summary>Writes of one refresh, in one transaction.</summary>
    public sealed class IndexWriter : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteTransaction _tx;

        internal IndexWriter(SqliteConnection connection)
        {
            _connection = connection;
            _tx = connection.BeginTransaction();
        }

        public void DeleteAll()
        {
            Run("DELETE FROM docs");
            // FTS5's own command for emptying a contentless table, statistics included.
            foreach (var table in IndexSchema.TermTables)
                Run($"INSERT INTO {table}({table}) VALUES ('delete-all')");
        }

        public void Delete(long rowId)
        {
            foreach (var table in IndexSchema.TermTables.Prepend("docs"))
                Run($"DELETE FROM {table} WHERE rowid = $rowid", ("$rowid", rowId));
        }

        /// <summary>
        /// Inserts a document. <paramref name="terms"/> has one entry per table of <see cref="IndexSchema.TermTables"/>:
        /// the space-joined terms of each field, in IndexedFields.All order.
        /// </summary>
        public void Insert(StoredPlaybook doc, string hash, IReadOnlyList<IReadOnlyList<string>> terms)
        {
            using (var command = Command("INSERT INTO docs(id, path, hash, doc) VALUES ($id, $path, $hash, $doc) RETURNING rowid"))
            {
                command.Parameters.AddWithValue("$id", doc.Id);
                command.Parameters.AddWithValue("$path", doc.Path);
                command.Parameters.AddWithValue("$hash", hash);
                command.Parameters.AddWithValue("$doc", JsonSerializer.Serialize(doc, StoredPlaybookJson.Default.StoredPlaybook));
                var rowId = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
                for (var t = 0; t < IndexSchema.TermTables.Count; t++)
                    InsertTerms(IndexSchema.TermTables[t], rowId, terms[t]);
            }
        }

        private void InsertTerms(string table, long rowId, IReadOnlyList<string> columns)
        {
            var names = string.Join(", ", IndexedFields.All);
            var parameters = string.Join(", ", IndexedFields.All.Select((_, i) => $"$c{i}"));
            using var command = Command($"INSERT INTO {table}(rowid, {names}) VALUES ($rowid, {parameters})");
            command.Parameters.AddWithValue("$rowid", rowId);
            for (var i = 0; i < IndexedFields.All.Count; i++)
                command.Parameters.AddWithValue($"$c{i}", i < columns.Count ? columns[i] : "");
            command.ExecuteNonQuery();
        }

        public void SetMeta(string key, string value) =>
            Run("INSERT INTO meta(key, value) VALUES ($k, $v) ON CONFLICT(key) DO UPDATE SET value = excluded.value", ("$k", key), ("$v", value));

        public void Commit() => _tx.Commit();

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
            _tx.Dispose(); // rolls back unless committed
            _connection.Dispose();
        }
    }
}

public sealed record IndexedFile(long RowId, string Id, string Path, string Hash);

using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Playbooks.Search.Documents;
using Playbooks.Search.Postings;

namespace Playbooks.Search.Storage;

/// <summary>
/// Read access to the index for one query, inside one read transaction: in WAL mode every statement of the
/// query sees the same committed state even while a refresh is writing. Not thread-safe; dispose after use.
/// </summary>
public sealed class IndexReader : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _snapshot;

    internal IndexReader(SqliteConnection connection)
    {
        _connection = connection;
        _snapshot = connection.BeginTransaction(deferred: true);
    }

    public int Count()
    {
        using var command = NewCommand();
        command.CommandText = "SELECT count(*) FROM docs";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The highest row id in <c>docs</c>: at least the number of playbooks indexed (deleted rows leave gaps), found
    /// in the table's b-tree without scanning it, unlike <see cref="Count"/>.
    /// </summary>
    public long LastRowId()
    {
        using var command = NewCommand();
        command.CommandText = "SELECT coalesce(max(rowid), 0) FROM docs";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Changes with every committed refresh, by any process: what was read under one generation stays true for it.</summary>
    public IndexGeneration Generation() => IndexGeneration.Read(_connection, _snapshot);

    /// <summary>What the index holds in this snapshot (see <see cref="IndexState"/>).</summary>
    public IndexState State(string lexiconKey) => IndexState.Read(_connection, _snapshot, lexiconKey);

    /// <summary>
    /// What telling that no file changed needs, in this snapshot: the kept <see cref="FileStamps"/> when they are of this
    /// generation (null when missing, stale or unreadable: then the rows of <see cref="State"/> decide) and the stored
    /// lexicon fingerprint. One small blob instead of a row per file (see <see cref="StampsTable"/>).
    /// </summary>
    public (FileStamps? Stamps, string? LexiconFingerprint) Stamps(string lexiconKey)
    {
        return (StampsTable.Read(_connection, _snapshot, Generation()), MetaTable.Read(_connection, _snapshot, lexiconKey));
    }

    /// <summary>
    /// Every playbook's row id (ascending) with its lengths, its flag and its folder group, as of
    /// <paramref name="generation"/> (this snapshot's, read by the caller): from the blob the last commit kept, or from
    /// the rows when it kept none (see <see cref="LengthsTable"/>).
    /// </summary>
    internal (DocLengths Lengths, bool Kept) Lengths(IndexGeneration generation) =>
        LengthsTable.Read(_connection, _snapshot, generation) is { } kept ? (kept, true) : (DocLengths.ReadRows(_connection, _snapshot), false);

    /// <summary>The files the last commit left out as not playbooks, with why (<c>guides.skipped</c>); callers order them.</summary>
    public List<(string Path, string Skipped)> Skipped()
    {
        using var command = NewCommand();
        command.CommandText = "SELECT path, skipped FROM guides WHERE skipped IS NOT NULL";
        using var reader = command.ExecuteReader();
        var skipped = new List<(string, string)>();
        while (reader.Read())
            skipped.Add((reader.GetString(0), reader.GetString(1)));
        return skipped;
    }

    /// <summary>How many indexed playbooks have metadata problems (read through a partial index: no table scan).</summary>
    public int MetadataProblems()
    {
        using var command = NewCommand();
        command.CommandText = "SELECT count(*) FROM docs WHERE metadata_problems = 1";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The postings of <paramref name="terms"/> in the table of <paramref name="kind"/>, numbered by
    /// <paramref name="denseOf"/> (row id → dense number; postings of rows it lacks, deleted playbooks, are dropped).
    /// Terms without live postings are absent from the result.
    /// </summary>
    internal Dictionary<string, Posting[]> Postings(int kind, IReadOnlyList<string> terms, RowNumbers denseOf)
    {
        var result = new Dictionary<string, Posting[]>(StringComparer.Ordinal);
        if (terms.Count == 0)
            return result;
        using var command = NewCommand();
        command.CommandText = $"SELECT kind, term, data FROM postings WHERE kind = $kind AND term IN ({Parameters(command, terms)}) ORDER BY term, segment";
        command.Parameters.AddWithValue("$kind", kind);
        using var reader = command.ExecuteReader();
        foreach (var (_, term, postings) in PostingRows.ByTerm(reader, denseOf))
            result[term] = [.. postings];
        return result;
    }

    /// <summary>
    /// Every distinct term of the table of <paramref name="kind"/> (one pass over its primary key, in term order), or
    /// null when there are more than <paramref name="limit"/>: then the caller reads terms one query at a time.
    /// </summary>
    internal HashSet<string>? Terms(int kind, int limit)
    {
        using var command = NewCommand();
        command.CommandText = "SELECT DISTINCT term FROM postings WHERE kind = $kind LIMIT $limit";
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$limit", limit + 1L);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            if (terms.Count == limit)
                return null;
            else
                terms.Add(reader.GetString(0));
        return terms;
    }

    /// <summary>The bigrams of the index spelled as each of <paramref name="spellings"/> (pinyin → bigrams).</summary>
    public Dictionary<string, List<string>> Spelled(IReadOnlyList<string> spellings)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (spellings.Count == 0)
            return result;
        using var command = NewCommand();
        command.CommandText = $"SELECT pinyin, gram FROM spellings WHERE pinyin IN ({Parameters(command, spellings)}) ORDER BY pinyin, gram";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var pinyin = reader.GetString(0);
            if (!result.TryGetValue(pinyin, out var grams))
                result[pinyin] = grams = [];
            grams.Add(reader.GetString(1));
        }
        return result;
    }

    private static string Parameters(SqliteCommand command, IReadOnlyList<string> values)
    {
        var names = new string[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            names[i] = "$v" + i.ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(names[i], values[i]);
        }
        return string.Join(",", names);
    }

    public Dictionary<long, StoredPlaybook> Load(IReadOnlyCollection<long> rowIds)
    {
        var docs = new Dictionary<long, StoredPlaybook>();
        if (rowIds.Count == 0)
            return docs;
        using var command = NewCommand();
        command.CommandText = $"SELECT rowid, doc FROM bodies WHERE rowid IN ({string.Join(",", rowIds)})";
        using var reader = command.ExecuteReader();
        while (reader.Read())
            docs[reader.GetInt64(0)] = JsonSerializer.Deserialize(reader.GetString(1), StoredPlaybookJson.Stored.StoredPlaybook)!;
        return docs;
    }

    public (long RowId, StoredPlaybook Doc)? LoadById(string id)
    {
        using var command = NewCommand();
        command.CommandText = "SELECT docs.rowid, bodies.doc FROM docs JOIN bodies ON bodies.rowid = docs.rowid WHERE docs.id = $id";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), JsonSerializer.Deserialize(reader.GetString(1), StoredPlaybookJson.Stored.StoredPlaybook)!) : null;
    }

    public IReadOnlyList<string> Ids()
    {
        using var command = NewCommand();
        command.CommandText = "SELECT id FROM docs ORDER BY id";
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
            ids.Add(reader.GetString(0));
        return ids;
    }

    private SqliteCommand NewCommand()
    {
        var command = _connection.CreateCommand();
        command.Transaction = _snapshot;
        return command;
    }

    public void Dispose()
    {
        _snapshot.Dispose();
        _connection.Dispose();
    }
}

using Microsoft.Data.Sqlite;

namespace Playbooks.Search.Storage;

/// <summary>
/// What the index holds, read in one transaction: each indexed playbook and guide with the stamp it had when read, the
/// lexicon fingerprint it was built with, and its generation. A refresh decides what to write by comparing this with
/// the files, and decides again if the generation moved before it got the write lock.
/// </summary>
public sealed record IndexState(
    IReadOnlyDictionary<string, IndexedFile> Files,
    IReadOnlyDictionary<string, SourceStamp> Guides,
    string? LexiconFingerprint,
    IndexGeneration Generation)
{
    /// <summary>
    /// Of <see cref="Guides"/>, the files read and left out as not playbooks, with why (<c>guides.skipped</c>, as
    /// <see cref="Indexing.RememberedSkips"/> wrote it): told again on every command without reading them again.
    /// </summary>
    public IReadOnlyDictionary<string, string> Skipped { get; init; } = new Dictionary<string, string>();

    internal static IndexState Read(SqliteConnection connection, SqliteTransaction transaction, string lexiconKey)
    {
        var files = new Dictionary<string, IndexedFile>(StringComparer.Ordinal);
        using (var command = Command(connection, transaction, "SELECT rowid, id, path, hash, size, modified FROM docs"))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                files[reader.GetString(2)] = new IndexedFile(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4), reader.GetInt64(5));

        var guides = new Dictionary<string, SourceStamp>(StringComparer.Ordinal);
        var skipped = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var command = Command(connection, transaction, "SELECT path, hash, size, modified, skipped FROM guides"))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                guides[reader.GetString(0)] = new SourceStamp(reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3));
                if (!reader.IsDBNull(4))
                    skipped[reader.GetString(0)] = reader.GetString(4);
            }

        return new IndexState(files, guides, MetaTable.Read(connection, transaction, lexiconKey), IndexGeneration.Read(connection, transaction))
        {
            Skipped = skipped,
        };
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}

/// <summary>A file as indexed: its content hash, and its size and modification time (UTC ticks) when it was read.</summary>
public sealed record SourceStamp(string Hash, long Size, long Modified);

public sealed record IndexedFile(long RowId, string Id, string Path, string Hash, long Size, long Modified);

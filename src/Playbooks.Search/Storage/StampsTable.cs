using Microsoft.Data.Sqlite;

namespace Playbooks.Search.Storage;

/// <summary>
/// Where the index keeps its <see cref="FileStamps"/>: one row of <c>file_stamps</c>, tagged with the generation
/// (<see cref="IndexGeneration"/>) whose <c>docs</c> and <c>guides</c> it was made from. It is derived data, like a
/// cache: every commit writes it, a freshness check that finds it missing or of another generation reads the rows and
/// writes it again (<see cref="IndexStore.RememberStamps"/>), so an index of schema 11 made before it existed gets the
/// table on first use and is never rebuilt for it.
/// </summary>
internal static class StampsTable
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS file_stamps (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            index_id TEXT NOT NULL,
            generation INTEGER NOT NULL,
            data BLOB NOT NULL
        );
        """;

    /// <summary>The stamps of <paramref name="generation"/>; null when none are kept for it (or they cannot be decoded).</summary>
    public static FileStamps? Read(SqliteConnection connection, SqliteTransaction transaction, IndexGeneration generation)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'file_stamps'";
        if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            return null;
        command.CommandText = "SELECT index_id, generation, data FROM file_stamps WHERE id = 1";
        using var reader = command.ExecuteReader();
        if (!reader.Read() || reader.GetValue(0) as string != generation.IndexId || reader.GetValue(1) is not long number
            || number != generation.Number)
            return null;
        return FileStamps.Decode(reader.GetValue(2) as byte[]);
    }

    /// <summary>Replaces the kept stamps with those of <paramref name="transaction"/>'s <c>docs</c> and <c>guides</c>, at its generation.</summary>
    public static void WriteCurrent(SqliteConnection connection, SqliteTransaction transaction)
    {
        var files = new List<(string Path, long Size, long Modified)>();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT path, size, modified FROM docs UNION ALL SELECT path, size, modified FROM guides";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                files.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)));
        }
        Write(connection, transaction, IndexGeneration.Read(connection, transaction), FileStamps.Encode(files));
    }

    public static void Write(SqliteConnection connection, SqliteTransaction transaction, IndexGeneration generation, byte[] data)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Create;
        command.ExecuteNonQuery();
        command.CommandText = "INSERT OR REPLACE INTO file_stamps(id, index_id, generation, data) VALUES (1, $id, $generation, $data)";
        command.Parameters.AddWithValue("$id", generation.IndexId);
        command.Parameters.AddWithValue("$generation", generation.Number);
        command.Parameters.Add("$data", SqliteType.Blob).Value = data;
        command.ExecuteNonQuery();
    }
}

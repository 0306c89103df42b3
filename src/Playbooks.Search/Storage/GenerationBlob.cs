using Microsoft.Data.Sqlite;

namespace Playbooks.Search.Storage;

/// <summary>
/// Derived data the index keeps as one blob in a one-row table of its own, tagged with the generation
/// (<see cref="IndexGeneration"/>) whose rows it was made from: what a command would otherwise rebuild from 100 000 rows
/// on every run (<see cref="StampsTable"/>, <see cref="LengthsTable"/>). Like a cache, a blob that is missing (an index
/// made before its table existed) or of another generation (written before another build committed) is not read, and
/// the caller goes to the rows.
/// </summary>
internal static class GenerationBlob
{
    /// <summary>The table of one kind of blob; created with the index, or on first write in an older file.</summary>
    public static string CreateTable(string table) => $$"""
        CREATE TABLE IF NOT EXISTS {{table}} (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            index_id TEXT NOT NULL,
            generation INTEGER NOT NULL,
            data BLOB NOT NULL
        );
        """;

    /// <summary>The blob kept in <paramref name="table"/> for <paramref name="generation"/>; null when none is.</summary>
    public static byte[]? Read(SqliteConnection connection, SqliteTransaction transaction, string table, IndexGeneration generation)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $table";
        command.Parameters.AddWithValue("$table", table);
        if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            return null;
        command.CommandText = $"SELECT index_id, generation, data FROM {table} WHERE id = 1";
        using var reader = command.ExecuteReader();
        if (!reader.Read() || reader.GetValue(0) as string != generation.IndexId || reader.GetValue(1) is not long number
            || number != generation.Number)
            return null;
        return reader.GetValue(2) as byte[];
    }

    /// <summary>Replaces the blob kept in <paramref name="table"/> with <paramref name="data"/>, made at <paramref name="generation"/>.</summary>
    public static void Write(SqliteConnection connection, SqliteTransaction transaction, string table, IndexGeneration generation, byte[] data)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = CreateTable(table);
        command.ExecuteNonQuery();
        command.CommandText = $"INSERT OR REPLACE INTO {table}(id, index_id, generation, data) VALUES (1, $id, $generation, $data)";
        command.Parameters.AddWithValue("$id", generation.IndexId);
        command.Parameters.AddWithValue("$generation", generation.Number);
        command.Parameters.Add("$data", SqliteType.Blob).Value = data;
        command.ExecuteNonQuery();
    }
}

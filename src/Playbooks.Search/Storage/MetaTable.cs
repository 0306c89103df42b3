using Microsoft.Data.Sqlite;

namespace Playbooks.Search.Storage;

/// <summary>
/// The index's <c>meta</c> table: one text value per key (schema version, index id and generation, lexicon
/// fingerprints, the writer's segment counters). One reading of it for the store, its readers, its writer and the
/// replaced-file check.
/// </summary>
internal static class MetaTable
{
    /// <summary>The value of <paramref name="key"/> as <paramref name="transaction"/> (or the connection) sees it; null when never set.</summary>
    public static string? Read(SqliteConnection connection, SqliteTransaction? transaction, string key)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }
}

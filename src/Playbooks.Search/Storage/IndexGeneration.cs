using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Playbooks.Search.Storage;

/// <summary>
/// Which committed state of which index file a reader sees. <see cref="Number"/> grows with every commit, by this
/// process or another; <see cref="IndexId"/> is drawn when a file is created, so a rebuilt file (whose numbers start
/// again) never passes for the one it replaced and caches keyed by generation stay correct across processes.
/// </summary>
public readonly record struct IndexGeneration(string IndexId, long Number)
{
    public const string IdKey = "index_id";
    public const string NumberKey = "generation";

    internal static IndexGeneration Read(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT key, value FROM meta WHERE key IN ('{IdKey}', '{NumberKey}')";
        using var reader = command.ExecuteReader();
        string id = "";
        long number = 0;
        while (reader.Read())
            if (reader.GetString(0) == IdKey)
                id = reader.GetString(1);
            else
                number = long.Parse(reader.GetString(1), CultureInfo.InvariantCulture);
        return new IndexGeneration(id, number);
    }
}

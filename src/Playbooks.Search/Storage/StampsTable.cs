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
    public const string Table = "file_stamps";

    public static string Create { get; } = GenerationBlob.CreateTable(Table);

    /// <summary>The stamps of <paramref name="generation"/>; null when none are kept for it (or they cannot be decoded).</summary>
    public static FileStamps? Read(SqliteConnection connection, SqliteTransaction transaction, IndexGeneration generation) =>
        FileStamps.Decode(GenerationBlob.Read(connection, transaction, Table, generation));

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

    public static void Write(SqliteConnection connection, SqliteTransaction transaction, IndexGeneration generation, byte[] data) =>
        GenerationBlob.Write(connection, transaction, Table, generation, data);
}

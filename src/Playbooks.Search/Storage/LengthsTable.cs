using Microsoft.Data.Sqlite;

namespace Playbooks.Search.Storage;

/// <summary>
/// Where the index keeps its <see cref="DocLengths"/>: one row of <c>doc_lengths</c>, tagged with the generation whose
/// <c>docs</c> it was made from, written by every commit. The first query of every process reads it instead of every row
/// of <c>docs</c> (at 100 000 playbooks a path string each, for the folder groups). Derived data, like the kept stamps:
/// an index made before the table existed, or last committed by a build that does not write it, has none of its
/// generation: the rows are read as before, and the blob is kept from them for later processes
/// (<see cref="IndexStore.RememberLengths"/>), so an existing index is not rebuilt for it.
/// </summary>
internal static class LengthsTable
{
    public const string Table = "doc_lengths";

    public static string Create { get; } = GenerationBlob.CreateTable(Table);

    /// <summary>The kept lengths of <paramref name="generation"/>; null when none are kept for it (or they cannot be decoded).</summary>
    public static DocLengths? Read(SqliteConnection connection, SqliteTransaction transaction, IndexGeneration generation) =>
        DocLengths.Decode(GenerationBlob.Read(connection, transaction, Table, generation));

    /// <summary>Replaces the kept lengths with those of <paramref name="transaction"/>'s <c>docs</c>, at its generation.</summary>
    public static void WriteCurrent(SqliteConnection connection, SqliteTransaction transaction) =>
        GenerationBlob.Write(connection, transaction, Table, IndexGeneration.Read(connection, transaction),
            DocLengths.ReadRows(connection, transaction).Encode());
}

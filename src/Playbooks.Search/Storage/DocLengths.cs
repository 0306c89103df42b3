using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Playbooks.Search.Postings;

namespace Playbooks.Search.Storage;

/// <summary>
/// What the first query of a process needs of every indexed playbook, in row id order: its row id, its lengths in words
/// and in bigrams (BM25's length normalisation), whether it is unwritten (a draft or empty) and its folder group
/// (<see cref="FolderGroups"/>). Read from <c>docs</c> (100 000 rows and a path string each at 100 000 playbooks) or
/// from the blob every commit keeps of it (<see cref="LengthsTable"/>).
/// </summary>
/// <remarks>
/// Blob layout (little-endian): the magic <c>PBLENS01</c> (also the format version), the number of playbooks (int32),
/// then the row ids (int64 each), the word lengths, the bigram lengths and the folder group numbers (int32 each), and
/// the unwritten flags (one byte each). Fixed widths, so decoding is four block copies rather than a loop per playbook.
/// A blob of another format, or whose size does not match its count, decodes to null and is treated as absent.
/// </remarks>
internal sealed record DocLengths(long[] RowIds, int[] WordLengths, int[] GramLengths, bool[] Unwritten, int[] Folders)
{
    private static ReadOnlySpan<byte> Magic => "PBLENS01"u8;
    private const int HeaderBytes = 12;
    private const int BytesPerPlaybook = 8 + 4 + 4 + 4 + 1;

    /// <summary>The rows of <c>docs</c> as <paramref name="transaction"/> sees them, folders numbered as <see cref="FolderGroups.Of"/> does.</summary>
    public static DocLengths ReadRows(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT rowid, words_length, grams_length, unwritten, path FROM docs ORDER BY rowid";
        var rowIds = new List<long>();
        var words = new List<int>();
        var grams = new List<int>();
        var unwritten = new List<bool>();
        var paths = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rowIds.Add(reader.GetInt64(0));
            words.Add(reader.GetInt32(1));
            grams.Add(reader.GetInt32(2));
            unwritten.Add(reader.GetInt32(3) != 0);
            paths.Add(reader.GetString(4));
        }
        return new DocLengths([.. rowIds], [.. words], [.. grams], [.. unwritten], [.. FolderGroups.Of(paths).Numbers]);
    }

    public byte[] Encode()
    {
        var count = RowIds.Length;
        var data = new byte[checked(HeaderBytes + BytesPerPlaybook * count)];
        Magic.CopyTo(data);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(8), count);
        var at = HeaderBytes;
        at += Copy(RowIds, data.AsSpan(at));
        at += Copy(WordLengths, data.AsSpan(at));
        at += Copy(GramLengths, data.AsSpan(at));
        at += Copy(Folders, data.AsSpan(at));
        for (var i = 0; i < count; i++)
            data[at + i] = Unwritten[i] ? (byte)1 : (byte)0;
        return data;
    }

    /// <summary>The lengths in <paramref name="data"/>; null when it is not a blob of this format (older, damaged, cut short).</summary>
    public static DocLengths? Decode(byte[]? data)
    {
        // Read as the machine's byte order, which Encode wrote little-endian.
        if (data is null || data.Length < HeaderBytes || !data.AsSpan(0, 8).SequenceEqual(Magic) || !BitConverter.IsLittleEndian)
            return null;
        var count = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(8));
        if (count < 0 || data.Length != HeaderBytes + (long)BytesPerPlaybook * count)
            return null;
        var at = HeaderBytes;
        var rowIds = MemoryMarshal.Cast<byte, long>(data.AsSpan(at, 8 * count)).ToArray();
        at += 8 * count;
        var words = MemoryMarshal.Cast<byte, int>(data.AsSpan(at, 4 * count)).ToArray();
        at += 4 * count;
        var grams = MemoryMarshal.Cast<byte, int>(data.AsSpan(at, 4 * count)).ToArray();
        at += 4 * count;
        var folders = MemoryMarshal.Cast<byte, int>(data.AsSpan(at, 4 * count)).ToArray();
        at += 4 * count;
        var unwritten = new bool[count];
        for (var i = 0; i < count; i++)
        {
            if (data[at + i] > 1 || folders[i] < 0 || (i > 0 && rowIds[i] <= rowIds[i - 1]))
                return null;
            unwritten[i] = data[at + i] == 1;
        }
        return new DocLengths(rowIds, words, grams, unwritten, folders);
    }

    private static int Copy<T>(T[] values, Span<byte> destination) where T : struct
    {
        var bytes = MemoryMarshal.AsBytes(values.AsSpan());
        bytes.CopyTo(destination);
        return bytes.Length;
    }
}

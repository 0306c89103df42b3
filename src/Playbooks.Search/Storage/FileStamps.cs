using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Playbooks.Search.Storage;

/// <summary>
/// The path, size and modification time of every file an index holds (playbooks and guides), ordered by path
/// (ordinal, as <c>PlaybookFiles.Scan</c> lists them), as one blob: what the freshness check every command runs needs
/// to tell that nothing changed, read in one go instead of as 100 000 rows of strings.
/// </summary>
/// <remarks>
/// Layout (little-endian): the magic <c>PBSTAMP1</c> (which is also the format version), the number of files and of
/// path characters (int32 each), then the sizes and modification times (int64 per file), each path's end offset in
/// characters (int32 per file), and the paths' UTF-16 characters back to back. Paths are kept in UTF-16 so they compare
/// with the listing's strings without decoding; nothing is copied out of the blob. A blob of another format, or
/// whose lengths do not add up, decodes to null and is treated as absent.
/// </remarks>
public sealed class FileStamps
{
    private static ReadOnlySpan<byte> Magic => "PBSTAMP1"u8;
    private const int HeaderBytes = 16;

    private readonly byte[] _data;
    private readonly int _modifiedAt;
    private readonly int _endsAt;
    private readonly int _charsAt;

    private FileStamps(byte[] data, int count)
    {
        _data = data;
        Count = count;
        _modifiedAt = HeaderBytes + 8 * count;
        _endsAt = _modifiedAt + 8 * count;
        _charsAt = _endsAt + 4 * count;
    }

    public int Count { get; }

    /// <summary>The <paramref name="index"/>th file's path relative to the knowledge base, with forward slashes.</summary>
    public ReadOnlySpan<char> Path(int index)
    {
        var start = index == 0 ? 0 : End(index - 1);
        return MemoryMarshal.Cast<byte, char>(_data.AsSpan(_charsAt + 2 * start, 2 * (End(index) - start)));
    }

    public long Size(int index) => BinaryPrimitives.ReadInt64LittleEndian(_data.AsSpan(HeaderBytes + 8 * index));

    /// <summary>UTC ticks, or 0 for a file indexed while it could still be changing (never taken as unchanged).</summary>
    public long Modified(int index) => BinaryPrimitives.ReadInt64LittleEndian(_data.AsSpan(_modifiedAt + 8 * index));

    private int End(int index) => BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(_endsAt + 4 * index));

    /// <summary>Orders and encodes <paramref name="files"/>.</summary>
    public static byte[] Encode(IEnumerable<(string Path, long Size, long Modified)> files)
    {
        var sorted = files.ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Path, b.Path));
        long chars = 0;
        foreach (var file in sorted)
            chars += file.Path.Length;
        var data = new byte[checked(HeaderBytes + 20 * sorted.Length + 2 * (int)chars)];
        Magic.CopyTo(data);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(8), sorted.Length);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(12), (int)chars);
        var stamps = new FileStamps(data, sorted.Length);
        var end = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            var (path, size, modified) = sorted[i];
            BinaryPrimitives.WriteInt64LittleEndian(data.AsSpan(HeaderBytes + 8 * i), size);
            BinaryPrimitives.WriteInt64LittleEndian(data.AsSpan(stamps._modifiedAt + 8 * i), modified);
            MemoryMarshal.AsBytes(path.AsSpan()).CopyTo(data.AsSpan(stamps._charsAt + 2 * end));
            end += path.Length;
            BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(stamps._endsAt + 4 * i), end);
        }
        return data;
    }

    /// <summary>The stamps in <paramref name="data"/>; null when it is not a blob of this format (older, damaged, cut short).</summary>
    public static FileStamps? Decode(byte[]? data)
    {
        // The paths are read in place as UTF-16 of the machine's byte order, which Encode wrote little-endian.
        if (data is null || data.Length < HeaderBytes || !data.AsSpan(0, 8).SequenceEqual(Magic) || !BitConverter.IsLittleEndian)
            return null;
        var count = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(8));
        var chars = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(12));
        if (count < 0 || chars < 0 || data.Length != HeaderBytes + 20L * count + 2L * chars)
            return null;
        var stamps = new FileStamps(data, count);
        var previous = 0;
        for (var i = 0; i < count; i++)
        {
            var end = stamps.End(i);
            if (end < previous || end > chars)
                return null;
            previous = end;
        }
        return previous == chars ? stamps : null;
    }
}

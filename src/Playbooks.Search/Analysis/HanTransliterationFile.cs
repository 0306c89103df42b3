using System.Runtime.InteropServices;
using System.Text;

namespace Playbooks.Search.Analysis;

/// <summary>
/// A <see cref="HanTransliterationTable"/> on disk, tagged with the ICU version and transliterator that produced it.
/// </summary>
/// <remarks>
/// Layout (little-endian): "PBHT", format version (int32), ICU version and transliterator id (length-prefixed
/// UTF-8), entry count (int32), one uint16 length per entry, the results as UTF-16, then an FNV-1a 64 checksum of
/// everything before it. A file that is short, damaged, of another format or from another ICU reads as absent.
/// </remarks>
internal static class HanTransliterationFile
{
    private static readonly byte[] Magic = "PBHT"u8.ToArray();

    /// <summary>Bumped whenever the layout changes: files of another version are rebuilt.</summary>
    private const int FormatVersion = 1;

    /// <summary>The table in <paramref name="path"/>, or null when it is missing, damaged or made by another ICU or transliterator.</summary>
    public static HanTransliterationTable? TryRead(string path, string icuVersion, string transliteratorId)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        try
        {
            var body = bytes.AsSpan(0, bytes.Length - sizeof(ulong));
            if (BitConverter.ToUInt64(bytes, body.Length) != Checksum(body) || !body.StartsWith(Magic))
                return null;
            using var reader = new BinaryReader(new MemoryStream(bytes, Magic.Length, body.Length - Magic.Length), Encoding.UTF8);
            if (reader.ReadInt32() != FormatVersion || reader.ReadString() != icuVersion || reader.ReadString() != transliteratorId)
                return null;
            var count = reader.ReadInt32();
            if (count != HanTransliterationTable.Size)
                return null;
            var lengths = MemoryMarshal.Cast<byte, ushort>(reader.ReadBytes(count * sizeof(ushort))).ToArray();
            var text = MemoryMarshal.Cast<byte, char>(reader.ReadBytes((int)(reader.BaseStream.Length - reader.BaseStream.Position))).ToArray();
            return new HanTransliterationTable(text, lengths);
        }
        catch (Exception ex) when (ex is ArgumentException or EndOfStreamException or IOException)
        {
            return null;
        }
    }

    /// <summary>Writes <paramref name="table"/> to <paramref name="stream"/> in the layout <see cref="TryRead"/> expects.</summary>
    public static void Write(Stream stream, HanTransliterationTable table, string icuVersion, string transliteratorId)
    {
        var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(icuVersion);
            writer.Write(transliteratorId);
            writer.Write(HanTransliterationTable.Size);
            for (var i = 0; i < HanTransliterationTable.Size; i++)
                writer.Write(checked((ushort)table.Entry(i).Length));
            writer.Write(MemoryMarshal.AsBytes(table.Text));
        }
        var body = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        stream.Write(body);
        stream.Write(BitConverter.GetBytes(Checksum(body)));
    }

    private static ulong Checksum(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in bytes)
            hash = (hash ^ b) * 1099511628211UL;
        return hash;
    }
}

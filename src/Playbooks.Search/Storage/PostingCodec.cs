using Playbooks.Search.Postings;

namespace Playbooks.Search.Storage;

/// <summary>
/// The byte format of one posting list in the <c>postings</c> table: per playbook, in ascending row id order,
/// the row id as a varint delta from the previous one (the first as is), a byte with one bit per field holding the
/// term (bit f = <see cref="Documents.IndexedFields.All"/>[f]), then the count in each of those fields as a varint.
/// A typical posting takes three or four bytes.
/// </summary>
/// <remarks>
/// Hand-written because nothing in the BCL or our feed does varint postings, and it is twenty lines; the format is
/// versioned with the schema (<see cref="IndexSchema.Version"/>).
/// </remarks>
internal static class PostingCodec
{
    /// <summary>A posting takes at most 10 bytes for the delta, 1 for the mask and 3 per field.</summary>
    public const int MaxPostingBytes = 11 + 3 * FieldCounts.FieldCount;

    /// <summary>
    /// One posting (row id <paramref name="delta"/> after the previous one, and its counts) at the start of
    /// <paramref name="into"/>, which has room for <see cref="MaxPostingBytes"/>; returns the bytes written.
    /// </summary>
    public static int Write(Span<byte> into, ulong delta, in FieldCounts counts)
    {
        var at = WriteVarint(into, 0, delta);
        byte mask = 0;
        for (var f = 0; f < FieldCounts.FieldCount; f++)
            if (counts[f] > 0)
                mask |= (byte)(1 << f);
        into[at++] = mask;
        for (var f = 0; f < FieldCounts.FieldCount; f++)
            if (counts[f] > 0)
                at = WriteVarint(into, at, counts[f]);
        return at;
    }

    private static int WriteVarint(Span<byte> into, int at, ulong value)
    {
        while (value >= 0x80)
        {
            into[at++] = (byte)(value | 0x80);
            value >>= 7;
        }
        into[at++] = (byte)value;
        return at;
    }

    public static byte[] Encode(IReadOnlyList<(long RowId, FieldCounts Counts)> postings)
    {
        var builder = new PostingListBuilder(postings.Count * 4);
        foreach (var (rowId, counts) in postings)
            builder.Add(rowId, counts);
        return builder.ToArray();
    }

    /// <summary>
    /// Decodes <paramref name="data"/>, keeping postings whose row id <paramref name="denseOf"/> maps to a live
    /// playbook (deleted playbooks leave their postings behind until the next compaction) and appending them to
    /// <paramref name="into"/> under that dense number.
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes are not a posting list (a damaged index).</exception>
    public static void Decode(ReadOnlySpan<byte> data, RowNumbers denseOf, List<Posting> into)
    {
        var at = 0;
        var rowId = 0L;
        while (at < data.Length)
        {
            rowId += (long)ReadVarint(data, ref at);
            if (at >= data.Length)
                throw new InvalidDataException("倒排表数据在一条记录中间截断");
            var mask = data[at++];
            var counts = new FieldCounts();
            for (var f = 0; f < FieldCounts.FieldCount; f++)
                if ((mask & (1 << f)) != 0)
                    counts[f] = (ushort)Math.Min(ushort.MaxValue, ReadVarint(data, ref at));
            if (denseOf.TryGet(rowId, out var doc))
                into.Add(new Posting(doc, counts));
        }
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> data, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (at >= data.Length)
                throw new InvalidDataException("倒排表数据在一个数字中间截断");
            var b = data[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
                return value;
        }
        throw new InvalidDataException("倒排表数据中的数字过长");
    }
}

using System.Buffers;

namespace Playbooks.Search.Postings;

/// <summary>
/// One playbook's terms of one representation as the index writer stores them: each distinct term's number
/// (<see cref="TermIds"/>) and its count per field, in the order first seen, and the length (all terms, all fields).
/// Two arrays instead of a hash table per playbook, held until its batch is written.
/// </summary>
/// <remarks>
/// A full build makes two per playbook on the analysing threads and the writer is done with them a moment later (~20 bytes
/// a term, 50 MB per 3 000 playbooks); <see cref="Rented"/> ones borrow their arrays from the shared pools instead, and
/// <see cref="Dispose"/> gives them back, so the same few arrays go round. Not thread-safe; read nothing after Dispose.
/// </remarks>
public sealed class IndexedTerms : IDisposable
{
    private int[]? _ids;
    private FieldCounts[]? _counts;
    private readonly int _count;
    private readonly bool _rented;

    /// <summary>Terms in arrays of exactly their length, which this object keeps (Dispose gives nothing back).</summary>
    public IndexedTerms(int[] ids, FieldCounts[] counts, int length)
        : this(ids, counts, ids.Length, length, rented: false)
    {
        if (counts.Length != ids.Length)
            throw new ArgumentException("one count per term", nameof(counts));
    }

    private IndexedTerms(int[] ids, FieldCounts[] counts, int count, int length, bool rented)
    {
        _ids = ids;
        _counts = counts;
        _count = count;
        Length = length;
        _rented = rented;
    }

    /// <summary>A copy of <paramref name="ids"/> and <paramref name="counts"/> in arrays rented from the shared pools.</summary>
    internal static IndexedTerms Rented(ReadOnlySpan<int> ids, ReadOnlySpan<FieldCounts> counts, int length)
    {
        var idArray = ArrayPool<int>.Shared.Rent(ids.Length);
        var countArray = ArrayPool<FieldCounts>.Shared.Rent(ids.Length);
        ids.CopyTo(idArray);
        counts.CopyTo(countArray);
        return new IndexedTerms(idArray, countArray, ids.Length, length, rented: true);
    }

    /// <summary>Each distinct term's number, in the order first seen.</summary>
    public ReadOnlySpan<int> Ids => (_ids ?? throw Disposed()).AsSpan(0, _count);

    /// <summary>The counts per field of the term at the same position in <see cref="Ids"/>.</summary>
    public ReadOnlySpan<FieldCounts> Counts => (_counts ?? throw Disposed()).AsSpan(0, _count);

    /// <summary>All terms, all fields: what BM25 normalises by.</summary>
    public int Length { get; }

    /// <summary><paramref name="tokens"/> with their terms numbered in <paramref name="ids"/>, in the same order.</summary>
    public static IndexedTerms Of(DocumentTokens tokens, TermIds ids)
    {
        var numbers = new int[tokens.Counts.Count];
        var counts = new FieldCounts[numbers.Length];
        var i = 0;
        foreach (var (term, fieldCounts) in tokens.Counts)
        {
            numbers[i] = ids.Of(term);
            counts[i++] = fieldCounts;
        }
        return new IndexedTerms(numbers, counts, tokens.Length);
    }

    /// <summary>Gives rented arrays back to their pools.</summary>
    public void Dispose()
    {
        if (_rented && _ids is not null)
        {
            ArrayPool<int>.Shared.Return(_ids);
            ArrayPool<FieldCounts>.Shared.Return(_counts!);
        }
        _ids = null;
        _counts = null;
    }

    private ObjectDisposedException Disposed() => new(nameof(IndexedTerms));
}

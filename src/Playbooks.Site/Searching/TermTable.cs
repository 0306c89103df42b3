using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Playbooks.Search.Indexing;

namespace Playbooks.Site.Searching;

/// <summary>Occurrences of one token in each indexed field of one playbook (<see cref="IndexedFields.All"/> order).</summary>
[InlineArray(FieldCount)]
internal struct FieldCounts
{
    public const int FieldCount = 8;

    private ushort _first;
}

/// <summary>One playbook containing a token, with the token's count per field.</summary>
internal readonly record struct Posting(int Doc, FieldCounts Counts);

/// <summary>
/// The playbooks containing one token, in ascending playbook order, with the BM25 term-frequency part of each
/// posting cached for the column weights it was last asked for (each table is always scored with the same weights,
/// and this part does not depend on the query; computing it once makes ranking every playbook's related list cheap).
/// </summary>
internal sealed class PostingList(Posting[] postings)
{
    private (IReadOnlyList<double> Weights, double[] Parts)? _cache;

    public Posting[] Postings { get; } = postings;

    public int Count => Postings.Length;

    /// <summary>FTS5's bm25 term-frequency part of every posting under <paramref name="columnWeights"/>. Thread-safe.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double[] Parts(TermTable table, IReadOnlyList<double> columnWeights)
    {
        if (_cache is { } cache && ReferenceEquals(cache.Weights, columnWeights))
            return cache.Parts;
        var parts = new double[Postings.Length];
        for (var i = 0; i < parts.Length; i++)
            parts[i] = table.TermFrequency(Postings[i], columnWeights);
        _cache = (columnWeights, parts); // a race computes the same array twice; either copy is right
        return parts;
    }
}

/// <summary>
/// The in-memory equivalent of one FTS5 table of the search index (words, bigrams or pinyin): postings per token
/// and each playbook's length in tokens over all fields, which is what FTS5's bm25() normalises by. A table can also
/// derive a token's postings on first use instead of storing them (the pinyin table, see <see cref="TermIndex.Pinyin"/>).
/// Read-only once built (apart from caches); safe to share between threads.
/// </summary>
internal sealed class TermTable
{
    /// <summary>FTS5's bm25() constants (fts5_aux.c); SQLite offers no way to change them, so neither do we.</summary>
    public const double K1 = 1.2;
    public const double B = 0.75;

    private readonly Func<string, Posting[]?>? _derive;
    private readonly ConcurrentDictionary<string, PostingList?> _derived = new(StringComparer.Ordinal);

    public TermTable(IReadOnlyDictionary<string, Posting[]> postings, int[] lengths, Func<string, Posting[]?>? derive = null)
    {
        Postings = postings.ToDictionary(kv => kv.Key, kv => new PostingList(kv.Value), StringComparer.Ordinal);
        Lengths = lengths;
        _derive = derive;
        // FTS5 computes the average as total tokens / rows, in double.
        AverageLength = lengths.Length == 0 ? 0 : (double)lengths.Sum(l => (long)l) / lengths.Length;
    }

    /// <summary>Token → playbooks containing it: the stored tokens (a derived table stores none).</summary>
    public IReadOnlyDictionary<string, PostingList> Postings { get; }

    /// <summary>Tokens per playbook, all fields together.</summary>
    public int[] Lengths { get; }

    public double AverageLength { get; }

    /// <summary>The playbooks containing <paramref name="token"/>, stored or derived; false when none does.</summary>
    public bool TryGet(string token, [NotNullWhen(true)] out PostingList? list)
    {
        if (Postings.TryGetValue(token, out list))
            return true;
        if (_derive is null)
            return false;
        list = _derived.GetOrAdd(token, t => _derive(t) is { Length: > 0 } derived ? new PostingList(derived) : null);
        return list is not null;
    }

    public int DocumentFrequency(string token) => TryGet(token, out var list) ? list.Count : 0;

    /// <summary>FTS5's bm25 term-frequency part: column-weighted frequency, saturated and normalised by the row's length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per posting of the index, in a short-lived process
    public double TermFrequency(Posting posting, IReadOnlyList<double> columnWeights)
    {
        var frequency = 0.0;
        for (var f = 0; f < FieldCounts.FieldCount; f++)
            frequency += columnWeights[f] * posting.Counts[f];
        return frequency * (K1 + 1) / (frequency + K1 * (1 - B + B * Lengths[posting.Doc] / AverageLength));
    }

    static TermTable()
    {
        if (IndexedFields.All.Count != FieldCounts.FieldCount)
            throw new InvalidOperationException($"FieldCounts holds {FieldCounts.FieldCount} fields but the index has {IndexedFields.All.Count}.");
    }
}

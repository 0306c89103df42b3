using System.Runtime.CompilerServices;

namespace Playbooks.Search.Postings;

/// <summary>
/// The playbooks containing one token, in ascending playbook order, with the BM25 term-frequency part of each
/// posting cached for the column weights it was last asked for (each table is always scored with the same weights,
/// and this part does not depend on the query; computing it once makes repeated queries and related lists cheap).
/// </summary>
public sealed class PostingList(Posting[] postings)
{
    private (IReadOnlyList<double> Weights, double[] Parts)? _cache;
    private int[]? _docs;

    public Posting[] Postings { get; } = postings;

    /// <summary>
    /// The playbook numbers alone, ascending (<see cref="Postings"/>[i].Doc): ranking walks and searches these for every
    /// query, and a fifth of the memory of the postings keeps a long list in cache. Thread-safe.
    /// </summary>
    public int[] Docs => _docs ??= Array.ConvertAll(Postings, p => p.Doc); // a race builds the same array twice

    public int Count => Postings.Length;

    /// <summary>The bm25 term-frequency part of every posting under <paramref name="columnWeights"/>. Thread-safe.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double[] Parts(TermTable table, IReadOnlyList<double> columnWeights)
    {
        if (_cache is { } cache && ReferenceEquals(cache.Weights, columnWeights))
            return cache.Parts;
        Span<double> weights = stackalloc double[FieldCounts.FieldCount];
        for (var f = 0; f < FieldCounts.FieldCount; f++)
            weights[f] = columnWeights[f];
        var parts = new double[Postings.Length];
        for (var i = 0; i < parts.Length; i++)
            parts[i] = table.TermFrequency(Postings[i], weights);
        _cache = (columnWeights, parts); // a race computes the same array twice; either copy is right
        return parts;
    }

    /// <summary>The posting of playbook <paramref name="doc"/>, if it contains the token.</summary>
    public bool TryFind(int doc, out Posting posting)
    {
        var at = Array.BinarySearch(Docs, doc);
        posting = at >= 0 ? Postings[at] : default;
        return at >= 0;
    }
}

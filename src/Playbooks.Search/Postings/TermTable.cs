using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Playbooks.Search.Postings;

/// <summary>
/// One representation of the index (words or bigrams, or pinyin derived from bigrams) in memory: postings per token
/// and each playbook's length in tokens over all fields, which is what BM25 normalises by.
/// </summary>
/// <remarks>
/// A table holds its postings in one of three ways: all of them up front (the site builds its index in memory),
/// derived per token on first use (the pinyin table, from the bigrams), or loaded per token on demand
/// (<see cref="Load"/>: the search engine reads only the query's tokens from SQLite and keeps them for later queries).
/// Entries are only ever added, never removed, so a query holding the table never sees a token vanish.
/// Safe to share between threads.
/// </remarks>
public sealed class TermTable
{
    /// <summary>
    /// BM25's saturation and length normalisation. b is FTS5's (fts5_aux.c), under which the index began; k1 was 1.2 as
    /// there, and measured at 1.2–2.5 on the dev and team sets: 1.6 ranks best on the team set (MRR@10 0.936 → 0.941,
    /// dev unchanged), and the second corpus, checked after, agrees (+0.006; more with its files beside the bundled
    /// ones). Less saturation lets a playbook that names the symptom in its title, tags and several sections beat one
    /// that mentions a rarer query word once in passing.
    /// </summary>
    public const double K1 = 1.6;
    public const double B = 0.75;

    private readonly Func<string, Posting[]?>? _derive;
    private readonly ConcurrentDictionary<string, PostingList?> _added = new(StringComparer.Ordinal);
    private long _addedPostings;

    public TermTable(int[] lengths, IReadOnlyDictionary<string, Posting[]>? postings = null, Func<string, Posting[]?>? derive = null)
    {
        Postings = (postings ?? new Dictionary<string, Posting[]>()).ToDictionary(kv => kv.Key, kv => new PostingList(kv.Value), StringComparer.Ordinal);
        Lengths = lengths;
        _derive = derive;
        // As FTS5: the average is total tokens / rows, in double.
        AverageLength = lengths.Length == 0 ? 0 : (double)lengths.Sum(l => (long)l) / lengths.Length;
    }

    /// <summary>Token → playbooks containing it, for tables built with all their postings (empty for the others).</summary>
    public IReadOnlyDictionary<string, PostingList> Postings { get; }

    /// <summary>Tokens per playbook, all fields together.</summary>
    public int[] Lengths { get; }

    public double AverageLength { get; }

    /// <summary>Postings added by <see cref="Load"/> or derived so far: what this table holds beyond its built postings.</summary>
    public long AddedPostings => Interlocked.Read(ref _addedPostings);

    /// <summary>The playbooks containing <paramref name="token"/>; false when none does (or it was never loaded).</summary>
    public bool TryGet(string token, [NotNullWhen(true)] out PostingList? list)
    {
        if (Postings.TryGetValue(token, out list))
            return true;
        if (_added.TryGetValue(token, out list))
            return list is not null;
        if (_derive is null)
            return false;
        list = _added.GetOrAdd(token, t => Counted(_derive(t)));
        return list is not null;
    }

    /// <summary>
    /// Makes <paramref name="tokens"/> available to <see cref="TryGet"/>: those not held yet are read with
    /// <paramref name="fetch"/> (which returns the tokens it found; the others are remembered as absent).
    /// </summary>
    public void Load(IEnumerable<string> tokens, Func<IReadOnlyList<string>, IReadOnlyDictionary<string, Posting[]>> fetch)
    {
        var missing = tokens.Where(t => !Postings.ContainsKey(t) && !_added.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
            return;
        var found = fetch(missing);
        foreach (var token in missing)
            _added.TryAdd(token, Counted(found.GetValueOrDefault(token)));
    }

    private PostingList? Counted(Posting[]? postings)
    {
        if (postings is not { Length: > 0 })
            return null;
        Interlocked.Add(ref _addedPostings, postings.Length);
        return new PostingList(postings);
    }

    public int DocumentFrequency(string token) => TryGet(token, out var list) ? list.Count : 0;

    /// <summary>FTS5's bm25 term-frequency part: column-weighted frequency, saturated and normalised by the row's length.</summary>
    /// <remarks>For one posting (<c>--explain</c>); whole lists go through the span overload.</remarks>
    public double TermFrequency(Posting posting, IReadOnlyList<double> columnWeights) => TermFrequency(posting, [.. columnWeights]);

    /// <inheritdoc cref="TermFrequency(Posting, IReadOnlyList{double})"/>
    /// <remarks>
    /// The weights as a span, copied once per list (<see cref="PostingList.Parts"/>) instead of eight interface calls per
    /// posting: a query's first use of a common term at 100 000 playbooks scores tens of thousands of postings.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per posting of the index, in a short-lived process
    public double TermFrequency(Posting posting, ReadOnlySpan<double> columnWeights)
    {
        var frequency = 0.0;
        for (var f = 0; f < FieldCounts.FieldCount; f++)
            frequency += columnWeights[f] * posting.Counts[f];
        return frequency * (K1 + 1) / (frequency + K1 * (1 - B + B * Lengths[posting.Doc] / AverageLength));
    }
}

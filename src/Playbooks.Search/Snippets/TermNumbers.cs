using System.Numerics;
using Playbooks.Search.Querying;

namespace Playbooks.Search.Snippets;

/// <summary>
/// The distinct terms of a query's surface forms, numbered, so a sentence's matched terms are a small bit set
/// (<c>ulong</c>s, one per 64 terms) rather than a list or a hash set of strings per sentence.
/// </summary>
internal sealed class TermNumbers
{
    // The last query's numbering on this thread: a search builds the snippets of all its results in a row.
    [ThreadStatic]
    private static TermNumbers? _last;

    private readonly QueryTerms _query;
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    private TermNumbers(QueryTerms query)
    {
        _query = query;
        var surfaces = query.Surfaces;
        foreach (var term in surfaces.Values)
            _numbers.TryAdd(term, _numbers.Count);
        SetLength = Math.Max(1, (_numbers.Count + 63) / 64);
    }

    /// <summary>The numbering of <paramref name="query"/>'s terms (the same object for each result of one search).</summary>
    public static TermNumbers For(QueryTerms query)
    {
        if (_last is { } last && ReferenceEquals(last._query, query))
            return last;
        return _last = new TermNumbers(query);
    }

    /// <summary>How many <c>ulong</c>s one set takes.</summary>
    public int SetLength { get; }

    public int Of(string term) => _numbers[term];

    public ulong[] NewSet() => new ulong[SetLength];

    public void Add(Span<ulong> set, string term) => Add(set, _numbers[term]);

    public bool Contains(ReadOnlySpan<ulong> set, string term) =>
        _numbers.TryGetValue(term, out var n) && (set[n >> 6] & (1UL << (n & 63))) != 0;

    public static void Add(Span<ulong> set, int term) => set[term >> 6] |= 1UL << (term & 63);

    public static void Union(Span<ulong> into, ReadOnlySpan<ulong> set)
    {
        for (var i = 0; i < into.Length; i++)
            into[i] |= set[i];
    }

    public static bool IsSubset(ReadOnlySpan<ulong> set, ReadOnlySpan<ulong> of)
    {
        for (var i = 0; i < set.Length; i++)
            if ((set[i] & ~of[i]) != 0)
                return false;
        return true;
    }

    public static int Count(ReadOnlySpan<ulong> set)
    {
        var count = 0;
        foreach (var word in set)
            count += BitOperations.PopCount(word);
        return count;
    }
}

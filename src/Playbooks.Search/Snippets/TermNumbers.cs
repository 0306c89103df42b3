using System.Numerics;

namespace Playbooks.Search.Snippets;

/// <summary>
/// The distinct terms of a query's surface forms, numbered, so a sentence's matched terms are a small bit set
/// (<c>ulong</c>s, one per 64 terms) rather than a list or a hash set of strings per sentence.
/// </summary>
internal sealed class TermNumbers
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    public TermNumbers(IReadOnlyDictionary<string, string> surfaces)
    {
        foreach (var term in surfaces.Values)
            _numbers.TryAdd(term, _numbers.Count);
        SetLength = Math.Max(1, (_numbers.Count + 63) / 64);
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

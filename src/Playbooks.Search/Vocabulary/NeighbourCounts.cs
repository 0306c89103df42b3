using System.Runtime.InteropServices;

namespace Playbooks.Search.Vocabulary;

/// <summary>
/// How often each word stood beside each side of each frequent n-gram (the neighbour pass of
/// <see cref="NgramStatistics.Scored"/>): one open-addressing table keyed by (side, word id) instead of two
/// dictionaries per n-gram. A side's neighbours keep the order they were first met in, as those dictionaries did,
/// because branching entropy sums over them in that order and a double sum depends on its order.
/// </summary>
/// <remarks>Not thread-safe: threads count stretches of text in tables of their own, added together in order (<see cref="Add"/>).</remarks>
internal sealed class NeighbourCounts
{
    private readonly record struct Pair(int Side, int Word);

    private readonly List<Pair> _pairs = [];
    private readonly List<int> _counts = [];
    // Each slot holds a pair's index + 1 (0: empty); a power of two, at least twice the pairs.
    private int[] _slots = new int[1024];
    private int _shift = 64 - 10;

    /// <summary><paramref name="by"/> more occurrences of <paramref name="word"/> beside side <paramref name="side"/>.</summary>
    public void Bump(int side, int word, int by = 1)
    {
        var key = (ulong)(uint)side << 32 | (uint)word;
        var mask = _slots.Length - 1;
        var pairs = CollectionsMarshal.AsSpan(_pairs);
        var slot = SpanHash.Slot(key, _shift);
        for (; _slots[slot] != 0; slot = (slot + 1) & mask)
        {
            var index = _slots[slot] - 1;
            if (pairs[index].Side == side && pairs[index].Word == word)
            {
                CollectionsMarshal.AsSpan(_counts)[index] += by;
                return;
            }
        }
        _slots[slot] = _pairs.Count + 1;
        _pairs.Add(new Pair(side, word));
        _counts.Add(by);
        if (2 * _pairs.Count > _slots.Length)
            Grow();
    }

    /// <summary>
    /// Adds the counts of <paramref name="later"/>, which counted the occurrences after this one's: the same counts, and
    /// each side's neighbours in the same order, as one table given every occurrence.
    /// </summary>
    public void Add(NeighbourCounts later)
    {
        var counts = CollectionsMarshal.AsSpan(later._counts);
        for (var i = 0; i < counts.Length; i++)
            Bump(later._pairs[i].Side, later._pairs[i].Word, counts[i]);
    }

    /// <summary>
    /// The counts of each of <paramref name="sides"/> sides, grouped by side (a stable counting sort, so each side's
    /// counts stay in the order first met): side s's are <c>counts[starts[s]..starts[s + 1]]</c>.
    /// </summary>
    public (int[] Starts, int[] Counts) Grouped(int sides)
    {
        var starts = new int[sides + 1];
        foreach (var pair in _pairs)
            starts[pair.Side + 1]++;
        for (var s = 0; s < sides; s++)
            starts[s + 1] += starts[s];
        var next = starts[..^1];
        var counts = new int[_pairs.Count];
        for (var i = 0; i < _pairs.Count; i++)
            counts[next[_pairs[i].Side]++] = _counts[i];
        return (starts, counts);
    }

    private void Grow()
    {
        _slots = new int[2 * _slots.Length];
        _shift--;
        var mask = _slots.Length - 1;
        for (var index = 0; index < _pairs.Count; index++)
        {
            var pair = _pairs[index];
            var slot = SpanHash.Slot((ulong)(uint)pair.Side << 32 | (uint)pair.Word, _shift);
            while (_slots[slot] != 0)
                slot = (slot + 1) & mask;
            _slots[slot] = index + 1;
        }
    }
}

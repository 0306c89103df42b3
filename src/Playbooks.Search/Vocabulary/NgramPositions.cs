using System.Runtime.InteropServices;

namespace Playbooks.Search.Vocabulary;

/// <summary>
/// The runs of words one <see cref="NgramStatistics"/> counted, as word ids end to end, numbered 0 … <see cref="Count"/>
/// − 1: where each run ends, how many times it occurred (a piece met again is not stored again: its runs weigh one
/// more), and for each position the id of the n-gram of each length (2 … <see cref="CandidateGuard.MaxParts"/>) that
/// starts there (−1: none, the run ends first), which the neighbour pass reads instead of looking every occurrence up again.
/// </summary>
/// <remarks>
/// Kept in chunks that are never moved or grown, each position's word and n-gram ids at the same place in a chunk's
/// arrays, and a run (or a piece, <see cref="Open"/>) never split between two chunks. A full 3k build stores about a
/// million positions in its ranges' counters; growing one array per kind by doubling allocated each about twice over,
/// every step past 85 KB in the large object heap, whose allocations are what start a workstation build's full
/// collections. Hand-written because the counting reads a run's ids as one span, which a list of segments does not give.
/// </remarks>
internal sealed class NgramPositions
{
    // 32 K positions a chunk (128 KB an array: in the large object heap, where the collector does not copy them);
    // a counter's first chunks are smaller, doubling up to that, so a counter of a few titles stays small.
    private const int ChunkLength = 32 * 1024;
    private const int FirstChunkLength = 1024;

    private readonly List<Chunk> _chunks = [];
    private readonly List<int> _runEnds = [];
    private readonly List<int> _runWeights = [];

    /// <summary>Positions <see cref="Start"/> … <see cref="Start"/> + <see cref="Used"/> − 1, at 0 … <see cref="Used"/> − 1 of its arrays.</summary>
    public sealed class Chunk(int start, int length)
    {
        public readonly int Start = start;
        public int Used;
        public readonly int[] Words = new int[length];
        /// <summary>The n-gram ids of each length, from 2: <c>NgramAt[n − 2]</c>.</summary>
        public readonly int[][] NgramAt = [.. Enumerable.Range(0, CandidateGuard.MaxParts - 1).Select(_ => new int[length])];
    }

    /// <summary>How many positions are stored.</summary>
    public int Count => _chunks.Count == 0 ? 0 : _chunks[^1].Start + _chunks[^1].Used;

    /// <summary>How many runs are stored.</summary>
    public int Runs => _runEnds.Count;

    /// <summary>The chunk that <see cref="Append"/> writes to (after <see cref="Open"/>).</summary>
    public Chunk Last => _chunks[^1];

    /// <summary>Makes room for <paramref name="length"/> positions in one chunk: the next that many appended lie together.</summary>
    public void Open(int length)
    {
        if (length == 0 || _chunks.Count > 0 && Last.Used + length <= Last.Words.Length)
            return;
        var size = _chunks.Count == 0 ? FirstChunkLength : Math.Min(ChunkLength, 2 * Last.Words.Length);
        _chunks.Add(new Chunk(Count, Math.Max(size, length)));
    }

    /// <summary>Appends a word id (in room made by <see cref="Open"/>).</summary>
    public void Append(int word)
    {
        var chunk = Last;
        chunk.Words[chunk.Used++] = word;
    }

    /// <summary>Ends a run at the last position appended, occurring once so far.</summary>
    public void EndRun()
    {
        _runEnds.Add(Count);
        _runWeights.Add(1);
    }

    /// <summary>Where run <paramref name="run"/> ends (one past its last position).</summary>
    public int RunEnd(int run) => _runEnds[run];

    /// <summary>How many times run <paramref name="run"/> occurred.</summary>
    public int Weight(int run) => _runWeights[run];

    /// <summary>One more occurrence of each of the <paramref name="count"/> runs from <paramref name="first"/>.</summary>
    public void OccurAgain(int first, int count)
    {
        foreach (ref var weight in CollectionsMarshal.AsSpan(_runWeights).Slice(first, count))
            weight++;
    }

    /// <summary>The chunk that holds <paramref name="position"/>, and where in it (<paramref name="local"/>).</summary>
    public Chunk ChunkAt(int position, out int local)
    {
        var c = _chunks.Count - 1;
        while (_chunks[c].Start > position)
            c--;
        local = position - _chunks[c].Start;
        return _chunks[c];
    }

    /// <summary>
    /// The index of the chunk that holds the run ending at <paramref name="end"/>, looking from chunk <paramref name="from"/>
    /// on (runs are visited in order, so each visit starts where the last one found its run).
    /// </summary>
    public int ChunkOfRunEnding(int end, int from)
    {
        while (end > _chunks[from].Start + _chunks[from].Used)
            from++;
        return from;
    }

    /// <summary>Chunk number <paramref name="index"/>.</summary>
    public Chunk this[int index] => _chunks[index];

    /// <summary>Every word id renumbered by <paramref name="wordOf"/> and n-gram id by <paramref name="idOf"/> (−1 stays −1), in place.</summary>
    public void Renumber(int[] wordOf, int[] idOf)
    {
        foreach (var chunk in _chunks)
        {
            Renumber(chunk.Words.AsSpan(0, chunk.Used), wordOf);
            foreach (var ids in chunk.NgramAt)
                Renumber(ids.AsSpan(0, chunk.Used), idOf);
        }
    }

    private static void Renumber(Span<int> ids, int[] map)
    {
        foreach (ref var id in ids)
            id = id < 0 ? -1 : map[id];
    }
}

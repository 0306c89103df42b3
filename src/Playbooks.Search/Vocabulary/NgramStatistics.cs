using System.Runtime.InteropServices;
using Playbooks.Search.Analysis;

namespace Playbooks.Search.Vocabulary;

/// <summary>
/// New-word discovery by cohesion and boundary freedom (Matrix67, 《互联网时代的社会语言学：基于SNS的文本数据挖掘》,
/// 2012: 凝固度 = mutual information of the parts, 自由度 = the smaller of the left and right branching entropies),
/// applied to runs of 2–3 adjacent words rather than raw characters, so a candidate never cuts a word the segmenter
/// or the lexicon already got right.
/// </summary>
/// <remarks>
/// Cohesion is the pointwise mutual information of the weakest split: ln(c(xy)·N / (c(x)·c(y))), minimised over the
/// ways to cut the candidate in two. Entropy is over the word just before (after) each occurrence; an occurrence at a
/// run edge (punctuation, line break) counts as a neighbour of its own, since nothing there binds the candidate.
/// Counting is two passes: n-gram counts first, neighbours only for the n-grams frequent enough to qualify.
/// </remarks>
public sealed class NgramStatistics
{
    public sealed record Ngram(string[] Parts, int Count, int Documents, double Cohesion, double Entropy)
    {
        public string Word => string.Concat(Parts);
    }

    // An n-gram's figures; its parts are where it was first seen in the positions (First, numbered across the segments;
    // N), so no n-gram holds an array.
    private record struct Counts(int First, int N, int Count, int LastDoc, int Documents);

    // Every distinct word once, with its unigram count; runs refer to words by id.
    private readonly WordTable _vocabulary;
    // The n-grams by their characters (社|群助 and 社群|助 are one n-gram), in the order first seen: a learning pass meets
    // about a million distinct n-grams, and a string per n-gram, kept until the pass ends, was work for the collector.
    private readonly CharSpanTable<Counts> _ngrams;
    // This counter's own runs (Add, AddPiece), then those of the counters merged into it, in order: each counter's
    // positions stay in its own arrays, renumbered in place into this one's ids (MergePositions), so a merge neither
    // copies millions of positions nor grows one array to hold them all.
    private readonly List<Segment> _segments = [new(new NgramPositions(), 0, 0)];
    private long _total;
    // Each piece counted by AddPiece, by reference: where its word ids start in its positions and its first run (how
    // many of each it has follows from its tokens; a piece met again adds to the weight of those runs).
    private readonly Dictionary<Token[], (int Start, int FirstRun)>? _pieces;

    /// <summary>One counter's positions, numbered from <paramref name="Offset"/> and its runs from <paramref name="FirstRun"/> in this one.</summary>
    private readonly record struct Segment(NgramPositions Positions, int Offset, int FirstRun);

    // This counter's own positions, where Add and AddPiece append.
    private NgramPositions Own => _segments[0].Positions;

    public NgramStatistics()
        : this(reusePieces: false)
    {
    }

    /// <param name="reusePieces">
    /// Whether <see cref="AddPiece"/> is given a piece's text as the same array each time it recurs, as an analyzer
    /// with a <see cref="SegmentationCache"/> gives it (half of a synthetic 3k corpus's pieces recur): then a piece met
    /// again takes the ids its first occurrence got instead of looking every word and n-gram up by its characters.
    /// </param>
    public NgramStatistics(bool reusePieces)
    {
        _vocabulary = new WordTable();
        _ngrams = new CharSpanTable<Counts>();
        _pieces = reusePieces ? new Dictionary<Token[], (int, int)>(ReferenceEqualityComparer.Instance) : null;
    }

    /// <summary>
    /// A new, empty counter that takes over the tables of <paramref name="merged"/>, whose tables were merged into another
    /// counter (<see cref="MergeTables(NgramStatistics)"/>) and are not read again: its positions stay the other
    /// counter's. A full build counts its ranges' playbooks into a counter each; their tables grow by doubling to a few
    /// MB each, in the large object heap, and each range's were garbage once merged: their allocations used up the
    /// large object heap's budget and started full collections. Emptied, they serve the next range as large as they grew.
    /// </summary>
    internal NgramStatistics(NgramStatistics merged)
    {
        if (!merged._tablesMerged)
            throw new InvalidOperationException("Only a counter whose tables were merged into another gives its tables away.");
        merged._tablesMerged = false; // given once
        _vocabulary = merged._vocabulary;
        _vocabulary.Clear();
        _ngrams = merged._ngrams;
        _ngrams.Clear();
        _pieces = merged._pieces;
        _pieces?.Clear();
    }

    // Whether this counter's tables were merged into another's, which makes them free to reuse (see the constructor).
    private bool _tablesMerged;

    /// <summary>
    /// Adds one playbook's runs of words (<see cref="WordRuns"/>). Add each playbook's runs together, one playbook
    /// after another: playbooks are counted as the number changes.
    /// </summary>
    public void Add(int doc, IEnumerable<string[]> runs)
    {
        var own = Own;
        foreach (var run in runs)
        {
            own.Open(run.Length);
            var offset = own.Count;
            foreach (var word in run)
                own.Append(_vocabulary.Add(word));
            CountRun(doc, offset);
        }
    }

    /// <summary>
    /// Adds one text's words as <see cref="Analyzer.Segment"/> gives them, in runs cut where two words do not touch, as
    /// <see cref="WordRuns"/> cuts them: the counts of <c>Add(doc, WordRuns.Of(analyzer, text))</c> without an array
    /// per run and a list of them (a full build's learning counts every field of every playbook).
    /// </summary>
    public void Add(int doc, List<Token> words) => Add(doc, CollectionsMarshal.AsSpan(words));

    /// <summary>
    /// <see cref="Add(int, List{Token})"/> for words given in parts (<see cref="Analyzer.SegmentPieces"/>): the same
    /// counts as long as no run is split between two parts, which holds for pieces (their words never touch).
    /// </summary>
    public void Add(int doc, ReadOnlySpan<Token> words)
    {
        var own = Own;
        var start = 0;
        for (var i = 1; i <= words.Length; i++)
        {
            if (i < words.Length && words[i].Start == words[i - 1].End)
                continue;
            own.Open(i - start);
            var offset = own.Count;
            for (var k = start; k < i; k++)
                own.Append(_vocabulary.Add(words[k].Term));
            CountRun(doc, offset);
            start = i;
        }
    }

    /// <summary>
    /// <see cref="Add(int, ReadOnlySpan{Token})"/> for a piece of <see cref="Analyzer.SegmentPieces"/>; a piece counted
    /// before by this counter (the same array) is counted again from the ids it got then (see the constructor).
    /// </summary>
    public void AddPiece(int doc, Token[] piece)
    {
        if (_pieces is null)
        {
            Add(doc, piece);
            return;
        }
        ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(_pieces, piece, out var seen);
        if (seen)
        {
            Recount(doc, first.Start, first.FirstRun, piece);
            return;
        }
        // The whole piece in one chunk, so that counting it again reads its ids as one span.
        var own = Own;
        own.Open(piece.Length);
        first = (own.Count, own.Runs);
        Add(doc, piece);
    }

    /// <summary>
    /// Counts again <paramref name="piece"/>, counted before with its words at <paramref name="from"/> in this counter's
    /// positions and its runs from <paramref name="firstRun"/>: the same word and n-gram ids, one more occurrence each,
    /// and one more weight on its runs instead of a copy of its positions.
    /// </summary>
    private void Recount(int doc, int from, int firstRun, ReadOnlySpan<Token> piece)
    {
        var length = piece.Length;
        var runs = 0;
        for (var i = 1; i <= length; i++)
            if (i == length || piece[i].Start != piece[i - 1].End)
                runs++;
        Own.OccurAgain(firstRun, runs);
        if (length == 0)
            return;
        var chunk = Own.ChunkAt(from, out var local);
        foreach (var word in chunk.Words.AsSpan(local, length))
            _vocabulary.CountAgain(word);
        _total += length;
        foreach (var ids in chunk.NgramAt)
            foreach (var id in ids.AsSpan(local, length))
                if (id >= 0)
                {
                    ref var counts = ref _ngrams[id];
                    counts = OneMore(counts, doc);
                }
    }

    /// <summary>Counts the n-grams of the run of words just appended to this counter's positions at <paramref name="offset"/>.</summary>
    private void CountRun(int doc, int offset)
    {
        var own = Own;
        own.EndRun();
        var chunk = own.Last;
        var local = offset - chunk.Start;
        var run = chunk.Words.AsSpan(local, chunk.Used - local);
        _total += run.Length;
        for (var n = 2; n <= CandidateGuard.MaxParts; n++)
        {
            var at = chunk.NgramAt[n - 2].AsSpan(local, run.Length);
            at.Fill(-1);
            for (var i = 0; i + n <= run.Length; i++)
            {
                // One look-up per occurrence, by a hash made from the words' hashes; characters are copied only for a new n-gram.
                var id = _ngrams.FindOrAdd(_vocabulary.KeyOf(run.Slice(i, n)), out var added);
                ref var counts = ref _ngrams[id];
                counts = added ? new Counts(offset + i, n, 1, doc, 1) : OneMore(counts, doc);
                at[i] = id;
            }
        }
    }

    private static Counts OneMore(Counts counts, int doc) =>
        counts with { Count = counts.Count + 1, LastDoc = doc, Documents = counts.Documents + (counts.LastDoc == doc ? 0 : 1) };

    /// <summary>
    /// Adds the counts of <paramref name="later"/>, which counted other playbooks, in that order, all numbered after
    /// this one's: so playbooks can be counted in parallel, a contiguous range each, and merged in order with the same
    /// result as one counter given them all (an n-gram keeps the parts it was first seen with, and the table its order).
    /// Add nothing to this counter after merging; <paramref name="later"/>'s positions become this one's.
    /// </summary>
    public void Merge(params IReadOnlyList<NgramStatistics> later)
    {
        foreach (var counter in later)
            MergeTables(counter);
        MergePositions();
    }

    // Counters' positions whose tables are merged (MergeTables) and which are not yet renumbered (MergePositions), each
    // with what its word and n-gram ids are here.
    private readonly List<(NgramPositions Positions, int[] WordOf, int[] IdOf)> _pendingPositions = [];

    /// <summary>
    /// The first half of <see cref="Merge"/>, for one counter at a time as counters complete: adds
    /// <paramref name="later"/>'s words and n-grams to this one's tables, which must be done in order on one thread.
    /// Its positions join this one's as they are, renumbered by <see cref="MergePositions"/>, which must follow before
    /// this counter is read.
    /// </summary>
    /// <exception cref="InvalidOperationException"><paramref name="later"/> has counters merged into it itself.</exception>
    internal void MergeTables(NgramStatistics later)
    {
        if (later._segments.Count != 1)
            throw new InvalidOperationException("A counter merged into another must not hold merged counters itself.");
        var last = _segments[^1];
        var offset = last.Offset + last.Positions.Count;
        var (wordOf, idOf) = MergeTables(later, offset);
        _segments.Add(new Segment(later.Own, offset, last.FirstRun + last.Positions.Runs));
        _pendingPositions.Add((later.Own, wordOf, idOf));
        later._tablesMerged = true;
    }

    /// <summary>
    /// The second half of <see cref="Merge"/>: the positions of every counter whose tables were merged, renumbered in
    /// place into this one's ids (millions of positions in a full build), in parallel.
    /// </summary>
    internal void MergePositions()
    {
        var pending = _pendingPositions.ToArray();
        Parallel.For(0, pending.Length, r =>
        {
            var (positions, wordOf, idOf) = pending[r];
            positions.Renumber(wordOf, idOf);
        });
        _pendingPositions.Clear();
    }

    /// <summary>
    /// Adds <paramref name="later"/>'s words and n-grams to this one's tables, its positions moved by
    /// <paramref name="offset"/>: what each of its word and n-gram ids is here.
    /// </summary>
    private (int[] WordOf, int[] IdOf) MergeTables(NgramStatistics later, int offset)
    {
        var wordOf = new int[later._vocabulary.Count];
        for (var word = 0; word < wordOf.Length; word++)
            wordOf[word] = _vocabulary.Add(later._vocabulary.Text(word), later._vocabulary.Occurrences(word));
        _total += later._total;
        var idOf = new int[later._ngrams.Count];
        for (var seen = 0; seen < idOf.Length; seen++)
        {
            var id = _ngrams.FindOrAdd(new CharsKey(later._ngrams.KeyOf(seen), later._ngrams.HashOf(seen)), out var added);
            ref var counts = ref _ngrams[id];
            var theirs = later._ngrams[seen];
            // The ranges are disjoint, so a playbook is never counted in both.
            counts = added
                ? theirs with { First = theirs.First + offset }
                : counts with { Count = counts.Count + theirs.Count, LastDoc = theirs.LastDoc, Documents = counts.Documents + theirs.Documents };
            idOf[seen] = id;
        }
        return (wordOf, idOf);
    }

    /// <summary>The <paramref name="n"/> word ids at position <paramref name="first"/> (numbered across every segment).</summary>
    private ReadOnlySpan<int> WordsAt(int first, int n)
    {
        var segment = _segments.Count - 1;
        while (_segments[segment].Offset > first)
            segment--;
        return _segments[segment].Positions.ChunkAt(first - _segments[segment].Offset, out var local).Words.AsSpan(local, n);
    }

    /// <summary>How often <paramref name="word"/> occurred as a run of 2–3 whole words, and in how many playbooks.</summary>
    public (int Count, int Documents) Occurrences(string word) =>
        _ngrams.Find(new CharsKey(word)) is var id and >= 0 ? (_ngrams[id].Count, _ngrams[id].Documents) : (0, 0);

    /// <summary>Every n-gram seen at least <paramref name="minCount"/> times in <paramref name="minDocuments"/> playbooks, with its scores.</summary>
    public List<Ngram> Scored(int minCount, int minDocuments)
    {
        // The frequent n-grams in the order first seen (their ids), and each one's number among them.
        var frequent = new List<int>();
        var frequentIndex = new int[_ngrams.Count];
        for (var id = 0; id < frequentIndex.Length; id++)
        {
            ref readonly var counts = ref _ngrams[id];
            frequentIndex[id] = counts.Count >= minCount && counts.Documents >= minDocuments ? frequent.Count : -1;
            if (frequentIndex[id] >= 0)
                frequent.Add(id);
        }
        if (frequent.Count == 0)
            return [];
        // Sides: 2f is the left of the f-th frequent n-gram, 2f + 1 its right. The runs are counted in contiguous stretches
        // on every core, and the stretches' tables added in order.
        var last = _segments[^1];
        var runs = last.FirstRun + last.Positions.Runs;
        var stretches = Math.Clamp(runs / MinRunsPerStretch, 1, Environment.ProcessorCount);
        var counted = new NeighbourCounts[stretches];
        Parallel.For(0, stretches, s => counted[s] = CountNeighbours(s * runs / stretches, (s + 1) * runs / stretches, frequentIndex));
        var neighbours = counted[0];
        foreach (var later in counted.AsSpan(1))
            neighbours.Add(later);
        var (starts, sideCounts) = neighbours.Grouped(2 * frequent.Count);
        // Occurrences with no neighbour on a side sat at a run edge there. Strings only for these n-grams: their parts.
        var result = new List<Ngram>(frequent.Count);
        for (var f = 0; f < frequent.Count; f++)
        {
            var (first, n, count, _, documents) = _ngrams[frequent[f]];
            var ids = WordsAt(first, n);
            var parts = new string[n];
            for (var k = 0; k < n; k++)
                parts[k] = _vocabulary.Text(ids[k]);
            var left = sideCounts.AsSpan(starts[2 * f], starts[2 * f + 1] - starts[2 * f]);
            var right = sideCounts.AsSpan(starts[2 * f + 1], starts[2 * f + 2] - starts[2 * f + 1]);
            var entropy = Math.Min(Entropy(left, count - Sum(left), count), Entropy(right, count - Sum(right), count));
            result.Add(new Ngram(parts, count, documents, Cohesion(ids, count), entropy));
        }
        return result;
    }

    /// <summary>A stretch of runs counted on one thread holds at least this many (fewer cost more to add up than to count).</summary>
    private const int MinRunsPerStretch = 1024;

    /// <summary>
    /// The neighbours of the frequent n-grams (<paramref name="frequentIndex"/>) in runs <paramref name="fromRun"/> …
    /// <paramref name="toRun"/> − 1, numbered across every segment.
    /// </summary>
    private NeighbourCounts CountNeighbours(int fromRun, int toRun, int[] frequentIndex)
    {
        var neighbours = new NeighbourCounts();
        foreach (var (positions, _, firstRun) in _segments)
        {
            var from = Math.Max(fromRun - firstRun, 0);
            var to = Math.Min(toRun - firstRun, positions.Runs);
            if (from < to)
                CountNeighbours(positions, from, to, frequentIndex, neighbours);
        }
        return neighbours;
    }

    /// <summary>
    /// Adds to <paramref name="neighbours"/> those of runs <paramref name="fromRun"/> … <paramref name="toRun"/> − 1 of
    /// <paramref name="positions"/>, each as many times as it occurred.
    /// </summary>
    private static void CountNeighbours(NgramPositions positions, int fromRun, int toRun, int[] frequentIndex, NeighbourCounts neighbours)
    {
        var start = fromRun == 0 ? 0 : positions.RunEnd(fromRun - 1);
        var c = 0;
        for (var r = fromRun; r < toRun; start = positions.RunEnd(r++))
        {
            var end = positions.RunEnd(r);
            if (end == start)
                continue;
            var chunk = positions[c = positions.ChunkOfRunEnding(end, c)];
            var run = chunk.Words.AsSpan(start - chunk.Start, end - start);
            var weight = positions.Weight(r);
            for (var n = 2; n <= CandidateGuard.MaxParts; n++)
            {
                var at = chunk.NgramAt[n - 2].AsSpan(start - chunk.Start, end - start);
                for (var i = 0; i + n <= run.Length; i++)
                {
                    var f = frequentIndex[at[i]];
                    if (f < 0)
                        continue;
                    if (i > 0)
                        neighbours.Bump(2 * f, run[i - 1], weight);
                    if (i + n < run.Length)
                        neighbours.Bump(2 * f + 1, run[i + n], weight);
                }
            }
        }
    }

    private double Cohesion(ReadOnlySpan<int> parts, int count)
    {
        var weakest = double.MaxValue;
        for (var cut = 1; cut < parts.Length; cut++)
        {
            var left = CountOf(parts[..cut]);
            var right = CountOf(parts[cut..]);
            weakest = Math.Min(weakest, Math.Log((double)count * _total / ((double)left * right)));
        }
        return weakest;
    }

    private int CountOf(ReadOnlySpan<int> parts) =>
        parts.Length == 1 ? _vocabulary.Occurrences(parts[0])
        : _ngrams.Find(_vocabulary.KeyOf(parts)) is var id and >= 0 ? Math.Max(1, _ngrams[id].Count) : 1;

    private static int Sum(ReadOnlySpan<int> counts)
    {
        var sum = 0;
        foreach (var c in counts)
            sum += c;
        return sum;
    }

    /// <summary>Branching entropy in nats; each of the <paramref name="edges"/> occurrences at a run edge is its own neighbour.</summary>
    private static double Entropy(ReadOnlySpan<int> neighbours, int edges, int total)
    {
        var h = 0.0;
        foreach (var c in neighbours)
        {
            var p = (double)c / total;
            h -= p * Math.Log(p);
        }
        if (edges > 0)
            h += (double)edges / total * Math.Log(total);
        return h;
    }
}

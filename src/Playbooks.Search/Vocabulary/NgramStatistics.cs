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

    private readonly Dictionary<string, int> _unigrams = new(StringComparer.Ordinal);
    // An n-gram's parts are where it was first seen in _words (First, N): a learning pass meets hundreds of thousands of
    // distinct n-grams, and an array of parts for each, kept until the pass ends, was work for the garbage collector.
    private readonly Dictionary<string, (int First, int N, int Count, int LastDoc, int Documents, int Id)> _ngrams = new(StringComparer.Ordinal);
    // Counting looks every n-gram up by its characters, so only a new n-gram allocates its key (most occurrences repeat one).
    private readonly Dictionary<string, (int First, int N, int Count, int LastDoc, int Documents, int Id)>.AlternateLookup<ReadOnlySpan<char>> _ngramsBySpan;
    // Every run's words end to end, and where each run ends: two growing arrays instead of an array per run.
    private readonly List<string> _words = [];
    private readonly List<int> _runEnds = [];
    // The id of the n-gram of each length (2, 3) that starts at each position of _words (-1: none, the run ends first),
    // ids numbering the n-grams as first seen: the neighbour pass of Scored reads these instead of looking every
    // occurrence up by its characters again (millions of look-ups in a full build, on one thread).
    private readonly List<int>[] _ngramAt = [.. Enumerable.Range(0, CandidateGuard.MaxParts - 1).Select(_ => new List<int>())];
    private int _ids;
    private long _total;

    public NgramStatistics() => _ngramsBySpan = _ngrams.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Adds one playbook's runs of words (<see cref="WordRuns"/>). Add each playbook's runs together, one playbook
    /// after another: playbooks are counted as the number changes.
    /// </summary>
    public void Add(int doc, IEnumerable<string[]> runs)
    {
        foreach (var run in runs)
        {
            var offset = _words.Count;
            _words.AddRange(run);
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
        var start = 0;
        for (var i = 1; i <= words.Length; i++)
        {
            if (i < words.Length && words[i].Start == words[i - 1].End)
                continue;
            var offset = _words.Count;
            for (var k = start; k < i; k++)
                _words.Add(words[k].Term);
            CountRun(doc, offset);
            start = i;
        }
    }

    /// <summary>Counts the run of words just appended to <see cref="_words"/> at <paramref name="offset"/>.</summary>
    private void CountRun(int doc, int offset)
    {
        Span<char> buffer = stackalloc char[KeyBufferLength];
        _runEnds.Add(_words.Count);
        var run = CollectionsMarshal.AsSpan(_words)[offset..];
        foreach (var word in run)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_unigrams, word, out _)++;
            _total++;
        }
        for (var n = 2; n <= CandidateGuard.MaxParts; n++)
        {
            var ids = _ngramAt[n - 2];
            CollectionsMarshal.SetCount(ids, _words.Count);
            var at = CollectionsMarshal.AsSpan(ids)[offset..];
            at.Fill(-1);
            for (var i = 0; i + n <= run.Length; i++)
            {
                // One lookup per occurrence; the key string is only made for an n-gram not seen before.
                ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_ngramsBySpan, KeyChars(run, i, n, buffer), out var seen);
                entry = seen
                    ? (entry.First, entry.N, entry.Count + 1, doc, entry.Documents + (entry.LastDoc == doc ? 0 : 1), entry.Id)
                    : (offset + i, n, 1, doc, 1, _ids++);
                at[i] = entry.Id;
            }
        }
    }

    /// <summary>
    /// Adds the counts of <paramref name="later"/>, which counted other playbooks, all numbered after this one's: so
    /// playbooks can be counted in parallel, a contiguous range each, and merged in order with the same result as one
    /// counter given them all (an n-gram keeps the parts it was first seen with, and the dictionaries their order).
    /// </summary>
    public void Merge(NgramStatistics later)
    {
        foreach (var (word, count) in later._unigrams)
            _unigrams[word] = _unigrams.GetValueOrDefault(word) + count;
        _total += later._total;
        // later's words follow this one's, so its positions move by this many; its n-grams take this one's ids.
        var offset = _words.Count;
        var idOf = new int[later._ids];
        foreach (var (key, seen) in later._ngrams)
        {
            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_ngrams, key, out var exists);
            // The ranges are disjoint, so a playbook is never counted in both.
            entry = exists
                ? (entry.First, entry.N, entry.Count + seen.Count, seen.LastDoc, entry.Documents + seen.Documents, entry.Id)
                : (seen.First + offset, seen.N, seen.Count, seen.LastDoc, seen.Documents, _ids++);
            idOf[seen.Id] = entry.Id;
        }
        _words.AddRange(later._words);
        foreach (var end in later._runEnds)
            _runEnds.Add(end + offset);
        for (var n = 0; n < _ngramAt.Length; n++)
            foreach (var id in later._ngramAt[n])
                _ngramAt[n].Add(id < 0 ? -1 : idOf[id]);
    }

    /// <summary>How often <paramref name="word"/> occurred as a run of 2–3 whole words, and in how many playbooks.</summary>
    public (int Count, int Documents) Occurrences(string word) =>
        _ngrams.TryGetValue(word, out var seen) ? (seen.Count, seen.Documents) : (0, 0);

    /// <summary>Every n-gram seen at least <paramref name="minCount"/> times in <paramref name="minDocuments"/> playbooks, with its scores.</summary>
    public List<Ngram> Scored(int minCount, int minDocuments)
    {
        // The frequent n-grams in the order first seen (the dictionary's order), and their neighbours by id.
        var frequent = _ngrams.Values.Where(e => e.Count >= minCount && e.Documents >= minDocuments).ToList();
        if (frequent.Count == 0)
            return [];
        var neighbours = new (Dictionary<string, int> Left, Dictionary<string, int> Right)?[_ids];
        foreach (var e in frequent)
            neighbours[e.Id] = (new Dictionary<string, int>(StringComparer.Ordinal), new Dictionary<string, int>(StringComparer.Ordinal));
        var words = CollectionsMarshal.AsSpan(_words);
        var start = 0;
        foreach (var end in _runEnds)
        {
            var run = words[start..end];
            for (var n = 2; n <= CandidateGuard.MaxParts; n++)
            {
                var at = CollectionsMarshal.AsSpan(_ngramAt[n - 2])[start..end];
                for (var i = 0; i + n <= run.Length; i++)
                {
                    if (neighbours[at[i]] is not { } sides)
                        continue;
                    if (i > 0)
                        Bump(sides.Left, run[i - 1]);
                    if (i + n < run.Length)
                        Bump(sides.Right, run[i + n]);
                }
            }
            start = end;
        }
        // Occurrences with no neighbour on a side sat at a run edge there.
        var result = new List<Ngram>(frequent.Count);
        foreach (var (first, n, count, _, documents, id) in frequent)
        {
            var sides = neighbours[id]!.Value;
            var parts = words.Slice(first, n).ToArray();
            var leftEdges = count - sides.Left.Values.Sum();
            var rightEdges = count - sides.Right.Values.Sum();
            var entropy = Math.Min(Entropy(sides.Left.Values, leftEdges, count), Entropy(sides.Right.Values, rightEdges, count));
            result.Add(new Ngram(parts, count, documents, Cohesion(parts, count), entropy));
        }
        return result;
    }

    private double Cohesion(string[] parts, int count)
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

    private int CountOf(string[] parts) => parts.Length == 1 ? _unigrams.GetValueOrDefault(parts[0], 1) : Math.Max(1, _ngrams.GetValueOrDefault(string.Concat(parts)).Count);

    /// <summary>Branching entropy in nats; each of the <paramref name="edges"/> occurrences at a run edge is its own neighbour.</summary>
    private static double Entropy(IEnumerable<int> neighbours, int edges, int total)
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

    // One look-up per occurrence (the neighbour pass bumps a count for every occurrence of every frequent n-gram).
    private static void Bump(Dictionary<string, int> counts, string word) => CollectionsMarshal.GetValueRefOrAddDefault(counts, word, out _)++;

    private const int KeyBufferLength = 128;

    /// <summary>The n-gram's characters in <paramref name="buffer"/>; as a new string when they do not fit (long Latin runs).</summary>
    private static ReadOnlySpan<char> KeyChars(ReadOnlySpan<string> run, int start, int n, Span<char> buffer)
    {
        var length = 0;
        for (var k = start; k < start + n; k++)
        {
            var part = run[k];
            if (length + part.Length > buffer.Length)
                return string.Concat(run.Slice(start, n));
            part.CopyTo(buffer[length..]);
            length += part.Length;
        }
        return buffer[..length];
    }
}

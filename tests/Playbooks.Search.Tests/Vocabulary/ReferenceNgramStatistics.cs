using System.Runtime.InteropServices;
using Playbooks.Search.Vocabulary;

namespace Playbooks.Search.Tests.Vocabulary;

/// <summary>
/// <see cref="NgramStatistics"/> as it was written first (one array per run and per n-gram): the straightforward
/// version the compact one must agree with, figure for figure, on real playbooks.
/// </summary>
internal sealed class ReferenceNgramStatistics
{
    private readonly Dictionary<string, int> _unigrams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string[] Parts, int Count, int LastDoc, int Documents)> _ngrams = new(StringComparer.Ordinal);
    // Counting looks every n-gram up by its characters, so only a new n-gram allocates its key (most occurrences repeat one).
    private readonly Dictionary<string, (string[] Parts, int Count, int LastDoc, int Documents)>.AlternateLookup<ReadOnlySpan<char>> _ngramsBySpan;
    private readonly List<(int Doc, string[] Run)> _runs = [];
    private long _total;

    public ReferenceNgramStatistics() => _ngramsBySpan = _ngrams.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Adds one playbook's runs of words (<see cref="WordRuns"/>). Add each playbook's runs together, one playbook
    /// after another: playbooks are counted as the number changes.
    /// </summary>
    public void Add(int doc, IEnumerable<string[]> runs)
    {
        Span<char> buffer = stackalloc char[KeyBufferLength];
        foreach (var run in runs)
        {
            _runs.Add((doc, run));
            foreach (var word in run)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(_unigrams, word, out _)++;
                _total++;
            }
            for (var n = 2; n <= CandidateGuard.MaxParts; n++)
                for (var i = 0; i + n <= run.Length; i++)
                {
                    // One lookup per occurrence; the key string is only made for an n-gram not seen before.
                    ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_ngramsBySpan, KeyChars(run, i, n, buffer), out var seen);
                    entry = seen
                        ? (entry.Parts, entry.Count + 1, doc, entry.Documents + (entry.LastDoc == doc ? 0 : 1))
                        : (run[i..(i + n)], 1, doc, 1);
                }
        }
    }

    /// <summary>
    /// Adds the counts of <paramref name="later"/>, which counted other playbooks, all numbered after this one's: so
    /// playbooks can be counted in parallel, a contiguous range each, and merged in order with the same result as one
    /// counter given them all (an n-gram keeps the parts it was first seen with, and the dictionaries their order).
    /// </summary>
    public void Merge(ReferenceNgramStatistics later)
    {
        foreach (var (word, count) in later._unigrams)
            _unigrams[word] = _unigrams.GetValueOrDefault(word) + count;
        _total += later._total;
        foreach (var (key, seen) in later._ngrams)
        {
            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_ngrams, key, out var exists);
            // The ranges are disjoint, so a playbook is never counted in both.
            entry = exists ? (entry.Parts, entry.Count + seen.Count, seen.LastDoc, entry.Documents + seen.Documents) : seen;
        }
        _runs.AddRange(later._runs);
    }

    /// <summary>How often <paramref name="word"/> occurred as a run of 2–3 whole words, and in how many playbooks.</summary>
    public (int Count, int Documents) Occurrences(string word) =>
        _ngrams.TryGetValue(word, out var seen) ? (seen.Count, seen.Documents) : (0, 0);

    /// <summary>Every n-gram seen at least <paramref name="minCount"/> times in <paramref name="minDocuments"/> playbooks, with its scores.</summary>
    public List<NgramStatistics.Ngram> Scored(int minCount, int minDocuments)
    {
        var frequent = _ngrams.Where(e => e.Value.Count >= minCount && e.Value.Documents >= minDocuments)
            .ToDictionary(e => e.Key, _ => (Left: new Dictionary<string, int>(StringComparer.Ordinal), Right: new Dictionary<string, int>(StringComparer.Ordinal)), StringComparer.Ordinal);
        if (frequent.Count == 0)
            return [];
        var frequentBySpan = frequent.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[KeyBufferLength];
        foreach (var (_, run) in _runs)
            for (var n = 2; n <= CandidateGuard.MaxParts; n++)
                for (var i = 0; i + n <= run.Length; i++)
                {
                    if (!frequentBySpan.TryGetValue(KeyChars(run, i, n, buffer), out var sides))
                        continue;
                    if (i > 0)
                        Bump(sides.Left, run[i - 1]);
                    if (i + n < run.Length)
                        Bump(sides.Right, run[i + n]);
                }
        // Occurrences with no neighbour on a side sat at a run edge there.
        var result = new List<NgramStatistics.Ngram>(frequent.Count);
        foreach (var (key, sides) in frequent)
        {
            var (parts, count, _, documents) = _ngrams[key];
            var leftEdges = count - sides.Left.Values.Sum();
            var rightEdges = count - sides.Right.Values.Sum();
            var entropy = Math.Min(Entropy(sides.Left.Values, leftEdges, count), Entropy(sides.Right.Values, rightEdges, count));
            result.Add(new NgramStatistics.Ngram(parts, count, documents, Cohesion(parts, count), entropy));
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

    private static void Bump(Dictionary<string, int> counts, string word) => counts[word] = counts.GetValueOrDefault(word) + 1;

    private const int KeyBufferLength = 128;

    /// <summary>The n-gram's characters in <paramref name="buffer"/>; as a new string when they do not fit (long Latin runs).</summary>
    private static ReadOnlySpan<char> KeyChars(string[] run, int start, int n, Span<char> buffer)
    {
        var length = 0;
        for (var k = start; k < start + n; k++)
        {
            var part = run[k];
            if (length + part.Length > buffer.Length)
                return string.Concat(run.AsSpan(start, n));
            part.CopyTo(buffer[length..]);
            length += part.Length;
        }
        return buffer[..length];
    }
}

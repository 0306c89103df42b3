using Playbooks.Search.Documents;
using Playbooks.Search.Ranking;

namespace Playbooks.Benchmarks.Quality;

/// <summary>
/// An experiment, not the shipped ranking (Quality/ROUNDS.md, ninth round): term-pair proximity in the manner of the sequential
/// dependence model (Metzler &amp; Croft 2005). Adjacent pairs of the query's words (both of two characters or more unless
/// <c>single=1</c>) are scored as extra BM25 terms over the whole knowledge base: ordered (the two words next to each
/// other in one field, #1) and unordered (the second within <c>uw</c> words of the first in one field, #uwN); their
/// field-weighted counts are saturated like words (k1 <c>k1</c>, b <c>b</c>) and weighted by the pair's own idf. The two
/// lists are added with weights <c>lo</c> and <c>lu</c> (<see cref="EvidenceRescoring"/>). Knobs in <c>PLAYBOOKS_SDM</c>,
/// e.g. "lo=0.1;lu=0.05;uw=8".
/// </summary>
internal sealed class ProximityEvidence : EvidenceRescoring
{
    private readonly Dictionary<string, string[][]> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lengths = new(StringComparer.Ordinal);
    private readonly double _averageLength;

    public ProximityEvidence(string knowledgeBase) : base(knowledgeBase, "PLAYBOOKS_SDM")
    {
        foreach (var doc in Documents)
        {
            var fields = IndexedFields.All
                .Select(f => Engine.Analyzer.Analyze(doc.Fields.GetValueOrDefault(f) ?? "").Words.Select(t => t.Term).ToArray())
                .ToArray();
            _fields[doc.Id] = fields;
            _lengths[doc.Id] = fields.Sum(f => f.Length);
        }
        _averageLength = _lengths.Values.DefaultIfEmpty(1).Average();
    }

    protected override IEnumerable<(IReadOnlyDictionary<string, double>, double)> Evidence(string query, IReadOnlyList<string> candidates)
    {
        var minLength = Knob("single", 0) > 0 ? 1 : 2;
        var words = Engine.Analyzer.Analyze(query).Words.Select(t => t.Term).ToList();
        var pairs = words.Zip(words.Skip(1))
            .Where(p => p.First != p.Second && p.First.Length >= minLength && p.Second.Length >= minLength)
            .Distinct().ToList();
        var window = (int)Knob("uw", 8);
        yield return (PairScores(pairs, Ordered), Knob("lo", 0.1));
        yield return (PairScores(pairs, (tokens, a, b) => Unordered(tokens, a, b, window)), Knob("lu", 0.05));
    }

    /// <summary>BM25 of every playbook for the pairs as terms: field-weighted counts, saturated, times the pair's idf.</summary>
    private Dictionary<string, double> PairScores(List<(string First, string Second)> pairs, Func<string[], string, string, int> count)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var k1 = Knob("k1", 1.6);
        var b = Knob("b", 0.75);
        foreach (var (first, second) in pairs)
        {
            var tfs = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (id, fields) in _fields)
            {
                var tf = 0.0;
                for (var f = 0; f < fields.Length; f++)
                    tf += Weights.Words[f] * count(fields[f], first, second);
                if (tf > 0)
                    tfs[id] = tf;
            }
            if (tfs.Count == 0)
                continue;
            var idf = Bm25.Idf(_fields.Count, tfs.Count);
            foreach (var (id, tf) in tfs)
                scores[id] = scores.GetValueOrDefault(id)
                    + idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * _lengths[id] / _averageLength));
        }
        return scores;
    }

    private static int Ordered(string[] tokens, string a, string b)
    {
        var n = 0;
        for (var i = 0; i + 1 < tokens.Length; i++)
            if (tokens[i] == a && tokens[i + 1] == b)
                n++;
        return n;
    }

    /// <summary>Occurrences of <paramref name="a"/> with <paramref name="b"/> within <paramref name="window"/> words either side.</summary>
    private static int Unordered(string[] tokens, string a, string b, int window)
    {
        var n = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i] != a)
                continue;
            for (var j = Math.Max(0, i - window + 1); j < Math.Min(tokens.Length, i + window); j++)
                if (tokens[j] == b)
                {
                    n++;
                    break;
                }
        }
        return n;
    }
}

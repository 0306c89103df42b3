using Playbooks.Search.Documents;
using Playbooks.Search.Querying;
using Playbooks.Search.Ranking;

namespace Playbooks.Benchmarks.Quality;

/// <summary>
/// An experiment, not the shipped ranking (Quality/ROUNDS.md, ninth round): BM25F with each field's frequency normalised by that
/// field's own length (Robertson, Zaragoza &amp; Taylor 2004, "Simple BM25 extension to multiple weighted fields"), where
/// the ranker normalises the weighted sum by the whole playbook's length. The top <c>n</c> are re-scored with words and
/// bigrams (shares as the ranker's, the ranker's term weights and field weights, Lucene idf, k1 1.6) under
/// <c>norm=field</c> (per-field lengths, b <c>b</c>) or <c>norm=doc</c> (whole length, the ranker's way, as a control);
/// <c>base</c> (default 0: the re-scoring alone) weighs the first ranking's own score. Knobs in <c>PLAYBOOKS_BM25F</c>.
/// </summary>
internal sealed class FieldNormalisation : EvidenceRescoring
{
    private readonly Dictionary<string, Dictionary<string, int>[]> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>[]> _grams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _wordDf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _gramDf = new(StringComparer.Ordinal);

    public FieldNormalisation(string knowledgeBase) : base(knowledgeBase, "PLAYBOOKS_BM25F")
    {
        foreach (var doc in Documents)
        {
            var analysed = IndexedFields.All.Select(f => Engine.Analyzer.Analyze(doc.Fields.GetValueOrDefault(f) ?? "")).ToList();
            _words[doc.Id] = analysed.Select(a => Count(a.Words.Select(t => t.Term))).ToArray();
            _grams[doc.Id] = analysed.Select(a => Count(a.Bigrams.Select(t => t.Term))).ToArray();
            foreach (var term in _words[doc.Id].SelectMany(c => c.Keys).Distinct())
                _wordDf[term] = _wordDf.GetValueOrDefault(term) + 1;
            foreach (var term in _grams[doc.Id].SelectMany(c => c.Keys).Distinct())
                _gramDf[term] = _gramDf.GetValueOrDefault(term) + 1;
        }
    }

    protected override double BaseWeight => Knob("base", 0.0);

    protected override IEnumerable<(IReadOnlyDictionary<string, double>, double)> Evidence(string query, IReadOnlyList<string> candidates)
    {
        var terms = QueryTerms.From(Engine.Analyzer.Analyze(query), Engine.Lexicon, Weights.MaxWordTerms, Weights.MaxBigramTerms);
        var words = terms.Words.Select(w => (w, w.Length == 1 ? Weights.SingleCharacterWeight : 1.0)).ToList();
        var grams = terms.Bigrams.Select(g => (g, terms.StraddlingBigrams.Contains(g) ? Weights.StraddlingBigramWeight : 1.0)).ToList();
        yield return (Scores(_words, _wordDf, words, candidates), Weights.WordShare);
        yield return (Scores(_grams, _gramDf, grams, candidates), Weights.BigramShare);
    }

    private Dictionary<string, double> Scores(Dictionary<string, Dictionary<string, int>[]> table, Dictionary<string, int> df,
        List<(string Term, double Weight)> query, IReadOnlyList<string> candidates)
    {
        var perField = Knob("norm", "field") == "field";
        var b = Knob("b", 0.75);
        var k1 = Knob("k1", 1.6);
        var fields = IndexedFields.All.Count;
        var fieldAverage = Enumerable.Range(0, fields).Select(f => table.Values.Average(d => (double)d[f].Values.Sum())).ToArray();
        var docAverage = table.Values.Average(d => (double)d.Sum(c => c.Values.Sum()));
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var id in candidates)
        {
            if (!table.TryGetValue(id, out var counts))
                continue;
            var docLength = counts.Sum(c => c.Values.Sum());
            var score = 0.0;
            foreach (var (term, weight) in query)
            {
                if (!df.TryGetValue(term, out var n))
                    continue;
                var tf = 0.0;
                for (var f = 0; f < fields; f++)
                {
                    if (!counts[f].TryGetValue(term, out var c))
                        continue;
                    var norm = perField
                        ? 1 - b + b * counts[f].Values.Sum() / Math.Max(fieldAverage[f], 1e-9)
                        : 1 - b + b * docLength / docAverage;
                    tf += Weights.Words[f] * c / norm;
                }
                if (tf > 0)
                    score += weight * Bm25.Idf(table.Count, n) * tf * (k1 + 1) / (tf + k1);
            }
            scores[id] = score;
        }
        return scores;
    }

    private static Dictionary<string, int> Count(IEnumerable<string> terms)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in terms)
            counts[t] = counts.GetValueOrDefault(t) + 1;
        return counts;
    }
}

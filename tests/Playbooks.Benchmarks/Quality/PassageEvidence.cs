using Playbooks.Search.Analysis;
using Playbooks.Search.Documents;
using Playbooks.Search.Querying;

namespace Playbooks.Benchmarks.Quality;

/// <summary>
/// An experiment, not the shipped ranking (Quality/ROUNDS.md, ninth round): passage-level evidence (Callan 1994; Kaszkiel &amp;
/// Zobel 1997). Each playbook's fields are cut into passages within one field: sentences (<c>mode=sent</c>) or windows of
/// <c>w</c> characters with half-window stride (<c>mode=win</c>); title and tags are one passage each (<c>title=0</c>
/// leaves them out, <c>symptom=1</c> leaves out 处理方法 and 复盘反思). A passage scores the query's words and bigrams it
/// holds, each weighted as the ranker weighs it (single characters, straddling bigrams) times its idf over the knowledge
/// base: present or not (<c>score=cov</c>) or saturated by its count in the passage (<c>score=bm25</c>, k1 <c>k1</c>);
/// each representation's sum divided by the query's idf mass, bigrams × <c>gs</c> (default the ranker's bigram/word
/// share ratio; <c>typo=1</c> adds a likely typo's sound-alike bigrams, as the ranker does); <c>fw=1</c> multiplies by the field's word weight. A playbook's evidence is its best passage, added with
/// weight <c>lambda</c> (<see cref="EvidenceRescoring"/>). Knobs in <c>PLAYBOOKS_PASSAGE</c>, e.g.
/// "mode=win;w=80;lambda=0.1;score=bm25".
/// </summary>
internal sealed class PassageEvidence : EvidenceRescoring
{
    private readonly Dictionary<string, List<Passage>> _passages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _wordDf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _gramDf = new(StringComparer.Ordinal);

    private sealed record Passage(int Field, Dictionary<string, int> Words, Dictionary<string, int> Grams);

    public PassageEvidence(string knowledgeBase) : base(knowledgeBase, "PLAYBOOKS_PASSAGE")
    {
        var mode = Knob("mode", "win");
        var width = (int)Knob("w", 80.0);
        var withTitle = Knob("title", 1.0) > 0;
        var symptomOnly = Knob("symptom", 0.0) > 0;
        foreach (var doc in Documents)
        {
            var passages = new List<Passage>();
            var words = new HashSet<string>(StringComparer.Ordinal);
            var grams = new HashSet<string>(StringComparer.Ordinal);
            for (var f = 0; f < IndexedFields.All.Count; f++)
            {
                var text = doc.Fields.GetValueOrDefault(IndexedFields.All[f]) ?? "";
                if (text.Length == 0)
                    continue;
                var analyzed = Engine.Analyzer.Analyze(text);
                words.UnionWith(analyzed.Words.Select(t => t.Term));
                grams.UnionWith(analyzed.Bigrams.Select(t => t.Term));
                if ((f <= 1 && !withTitle) || (symptomOnly && IndexedFields.All[f] is IndexedFields.Handling or IndexedFields.Retrospective))
                    continue;
                foreach (var (start, end) in f <= 1 ? [(0, text.Length)] : mode == "sent" ? Sentences(text) : Windows(text, width))
                    passages.Add(new Passage(f, Counts(analyzed.Words, start, end), Counts(analyzed.Bigrams, start, end)));
            }
            _passages[doc.Id] = passages;
            foreach (var w in words)
                _wordDf[w] = _wordDf.GetValueOrDefault(w) + 1;
            foreach (var g in grams)
                _gramDf[g] = _gramDf.GetValueOrDefault(g) + 1;
        }
    }

    protected override IEnumerable<(IReadOnlyDictionary<string, double>, double)> Evidence(string query, IReadOnlyList<string> candidates)
    {
        var terms = QueryTerms.From(Engine.Analyzer.Analyze(query), Engine.Lexicon, Weights.MaxWordTerms, Weights.MaxBigramTerms);
        var qWords = terms.Words.Select(w => (Term: w, Weight: (w.Length == 1 ? Weights.SingleCharacterWeight : 1.0) * Idf(_wordDf, w))).ToList();
        var qGrams = terms.Bigrams.Select(g => (Term: g, Weight: (terms.StraddlingBigrams.Contains(g) ? Weights.StraddlingBigramWeight : 1.0) * Idf(_gramDf, g))).ToList();
        if (Knob("typo", 0.0) > 0)
        {
            // A likely typo's sound-alikes count as the bigram meant, as in the ranker (CorrectedSpellingWeight).
            var meant = Engine.ReadQuery(query).SoundLookups.SelectMany(l => l.Matches).Distinct().Where(g => !terms.Bigrams.Contains(g));
            qGrams.AddRange(meant.Select(g => (Term: g, Weight: Weights.CorrectedSpellingWeight * Idf(_gramDf, g))));
        }
        var wordMass = qWords.Sum(x => x.Weight);
        var gramMass = qGrams.Sum(x => x.Weight);
        var useFieldWeights = Knob("fw", 0.0) > 0;
        var bm25 = Knob("score", "cov") == "bm25";
        var k1 = Knob("k1", 1.2);
        var gramShare = Knob("gs", Weights.BigramShare / Weights.WordShare);

        double Part(List<(string Term, double Weight)> q, Dictionary<string, int> counts, double mass)
        {
            if (mass <= 0)
                return 0;
            var sum = 0.0;
            foreach (var (term, weight) in q)
                if (counts.TryGetValue(term, out var tf))
                    sum += bm25 ? weight * tf * (k1 + 1) / (tf + k1) : weight;
            return sum / mass;
        }
        double Score(Passage p)
        {
            var score = Part(qWords, p.Words, wordMass) + gramShare * Part(qGrams, p.Grams, gramMass);
            return useFieldWeights ? score * Weights.Words[p.Field] : score;
        }
        var best = candidates.ToDictionary(id => id,
            id => _passages.TryGetValue(id, out var ps) && ps.Count > 0 ? ps.Max(Score) : 0.0, StringComparer.Ordinal);
        yield return (best, Knob("lambda", 0.2));
    }

    private static Dictionary<string, int> Counts(IReadOnlyList<Token> tokens, int start, int end)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in tokens)
            if (t.Start >= start && t.Start < end)
                counts[t.Term] = counts.GetValueOrDefault(t.Term) + 1;
        return counts;
    }

    private static IEnumerable<(int, int)> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
            if ("。！？；!?;\n".Contains(text[i]))
            {
                if (i + 1 - start > 1)
                    yield return (start, i + 1);
                start = i + 1;
            }
        if (text.Length - start > 1)
            yield return (start, text.Length);
    }

    private static IEnumerable<(int, int)> Windows(string text, int width)
    {
        var stride = Math.Max(1, width / 2);
        for (var start = 0; ; start += stride)
        {
            var end = Math.Min(text.Length, start + width);
            yield return (start, end);
            if (end == text.Length)
                yield break;
        }
    }

    private double Idf(Dictionary<string, int> df, string term) =>
        df.TryGetValue(term, out var n) ? Math.Log(1 + (_passages.Count - n + 0.5) / (n + 0.5)) : 0;
}

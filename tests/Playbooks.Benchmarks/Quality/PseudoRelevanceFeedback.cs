using System.Globalization;
using Playbooks.Search;
using Playbooks.Search.Documents;

namespace Playbooks.Benchmarks.Quality;

/// <summary>
/// An experiment, not the shipped ranking: RM3-style pseudo-relevance feedback over our engine. The first ranking's top
/// <c>PRF_DOCS</c> playbooks (default 3), weighted by their scores, give a relevance model P(w|R) over the words of their
/// symptom fields (title, tags, 背景, 风险源头, 激化情况); the <c>PRF_TERMS</c> (default 10) words with the highest
/// P(w|R)·idf not already in the query form a second query, whose max-normalised scores are added to the first
/// ranking's with weight <c>PRF_WEIGHT</c> (default 0.3). Measures whether feedback would be worth building into the
/// index (it needs each playbook's term vector, which neither the SQLite index nor the site's data has today).
/// </summary>
internal sealed class PseudoRelevanceFeedback : IRankingSystem
{
    private readonly string _folder = Directory.CreateTempSubdirectory("playbooks-quality-").FullName;
    private readonly SearchEngine _engine;
    private readonly Dictionary<string, Dictionary<string, int>> _vectors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly int _feedbackDocs = Setting("PRF_DOCS", 3);
    private readonly int _feedbackTerms = Setting("PRF_TERMS", 10);
    private readonly double _weight = Setting("PRF_WEIGHT", 0.3);

    public PseudoRelevanceFeedback(string knowledgeBase)
    {
        _engine = SearchEngine.Open(knowledgeBase, Path.Combine(_folder, "index.sqlite"), WeightOverrides.FromEnvironment());
        foreach (var doc in CorpusDocuments.Load(knowledgeBase))
        {
            var text = string.Join("\n", doc.Title, string.Join(" ", doc.Tags), doc.Fields.GetValueOrDefault(IndexedFields.Background),
                doc.Fields.GetValueOrDefault(IndexedFields.Risk), doc.Fields.GetValueOrDefault(IndexedFields.Escalation));
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var word in _engine.Analyzer.Analyze(text).Words.Where(w => w.Term.Length > 1))
                counts[word.Term] = counts.GetValueOrDefault(word.Term) + 1;
            _vectors[doc.Id] = counts;
            foreach (var term in counts.Keys)
                _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
        }
    }

    public IReadOnlyList<string> Rank(string query, int limit)
    {
        var first = _engine.Search(query, 50).Results;
        if (first.Count == 0)
            return [];
        var top = first.Take(_feedbackDocs).Where(h => _vectors.ContainsKey(h.Id)).ToList();
        var mass = top.Sum(h => h.Score);
        var queryWords = _engine.Analyzer.Analyze(query).Words.Select(w => w.Term).ToHashSet(StringComparer.Ordinal);
        var model = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var hit in top)
        {
            var vector = _vectors[hit.Id];
            var length = (double)vector.Values.Sum();
            foreach (var (term, count) in vector)
                model[term] = model.GetValueOrDefault(term) + hit.Score / mass * count / length;
        }
        var documents = _vectors.Count;
        var expansion = model.Where(kv => !queryWords.Contains(kv.Key))
            .Select(kv => (Term: kv.Key, Weight: kv.Value * Math.Log(1 + (documents - _documentFrequency[kv.Key] + 0.5) / (_documentFrequency[kv.Key] + 0.5))))
            .OrderByDescending(x => x.Weight).ThenBy(x => x.Term, StringComparer.Ordinal)
            .Take(_feedbackTerms).Select(x => x.Term).ToList();
        var second = expansion.Count == 0 ? [] : _engine.Match(string.Join(" ", expansion), 50).Results;
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        Add(scores, first, 1.0);
        Add(scores, second, _weight);
        var drafts = first.Concat(second).Where(h => h.Draft).Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        return scores.OrderBy(kv => drafts.Contains(kv.Key)).ThenByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(limit).Select(kv => kv.Key).ToList();
    }

    private static void Add(Dictionary<string, double> scores, IReadOnlyList<Playbooks.Search.Querying.SearchHit> hits, double weight)
    {
        if (hits.Count == 0)
            return;
        var best = hits.Max(h => h.Score);
        foreach (var hit in hits)
            scores[hit.Id] = scores.GetValueOrDefault(hit.Id) + weight * hit.Score / best;
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static double Setting(string name, double fallback) =>
        double.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) ? value : fallback;

    public void Dispose()
    {
        _engine.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}

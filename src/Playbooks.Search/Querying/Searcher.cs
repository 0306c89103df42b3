using System.Diagnostics;
using Playbooks.Search.Analysis;
using Playbooks.Search.Indexing;
using Playbooks.Search.Ranking;
using Playbooks.Search.Snippets;
using Playbooks.Search.Storage;

namespace Playbooks.Search.Querying;

/// <summary>
/// Runs a query against an up-to-date index: analyse, match both representations, fuse, build snippets.
/// Never throws for any query text. Thread-safe.
/// </summary>
public sealed class Searcher(IndexStore store, Analyzer analyzer, RankingWeights? weights = null)
{
    /// <summary>Below this share of query words found in the best result, the match is reported as weak.</summary>
    public const double WeakCoverage = 0.25;

    private readonly RankingWeights _weights = weights ?? RankingWeights.Default;
    private readonly SnippetBuilder _snippets = new(analyzer.Normalizer);

    public RankingWeights Weights => _weights;

    public QueryTerms Analyze(string query) =>
        QueryTerms.From(analyzer.Analyze(query), analyzer.Lexicon, _weights.MaxWordTerms, _weights.MaxBigramTerms);

    public SearchResponse Search(string query, int limit = 5, bool explain = false, string? excludeId = null)
    {
        var clock = Stopwatch.StartNew();
        limit = Math.Clamp(limit, 1, 100);
        var terms = Analyze(query);
        using var reader = store.OpenReader();
        var ranking = Rank(reader, terms, limit + (excludeId is null ? 0 : 1));
        var docs = reader.Load(ranking.Fused.Select(r => r.RowId).ToList());

        var hits = new List<SearchHit>();
        var rowIds = new List<long>();
        foreach (var (rowId, score) in ranking.Fused)
        {
            if (!docs.TryGetValue(rowId, out var doc) || doc.Id == excludeId)
                continue;
            var (snippets, coverage) = _snippets.Build(doc, terms);
            hits.Add(new SearchHit(doc.Id, doc.Title, Math.Round(score, 4), doc.Category, doc.Severity, doc.Path, snippets)
            {
                Tags = doc.Tags,
                Draft = doc.Draft,
                Coverage = Math.Round(coverage, 3),
                HandlingSteps = doc.HandlingSteps,
            });
            rowIds.Add(rowId);
            if (hits.Count == limit)
                break;
        }

        var weak = hits.Count == 0 || (terms.Words.Count > 0 && hits[0].Coverage < WeakCoverage);
        var explanation = explain ? Explain(reader, ranking, hits, rowIds) : null;
        return new SearchResponse(query, Math.Round(clock.Elapsed.TotalMilliseconds, 2), hits) { Weak = weak, Explain = explanation };
    }

    /// <summary>Per-term, per-document contributions of one representation, kept for --explain.</summary>
    public sealed record RepresentationScores(string Representation, string Table, Dictionary<string, Dictionary<long, double>> ByTerm)
    {
        /// <summary>Document frequency of each query term found in the index.</summary>
        public Dictionary<string, int> Frequencies { get; init; } = new(StringComparer.Ordinal);

        public List<(long RowId, double Score)> Totals() =>
            ByTerm.Values.SelectMany(d => d)
                .GroupBy(kv => kv.Key, kv => kv.Value)
                .Select(g => (g.Key, g.Sum()))
                .OrderByDescending(x => x.Item2).ThenBy(x => x.Key)
                .ToList();
    }

    public sealed record Ranking(IReadOnlyList<RepresentationScores> Representations, List<(long RowId, double Score)> Fused);

    /// <summary>Fused ranking of row ids (best first), at most <paramref name="limit"/>.</summary>
    public Ranking Rank(IndexReader reader, QueryTerms terms, int limit)
    {
        var candidates = Math.Max(_weights.MinCandidates, limit * _weights.CandidatesPerResult);
        var documents = reader.Count();
        var words = Score(reader, IndexSchema.WordsTable, "word",
            terms.Words.Select(t => (t, t.Length == 1 ? _weights.SingleCharacterWeight : 1.0)).ToList(), _weights.Words, candidates, documents);
        var grams = Score(reader, IndexSchema.GramsTable, "bigram",
            terms.Bigrams.Select(t => (t, 1.0)).ToList(), _weights.Bigrams, candidates, documents);
        // Only bigrams that occur nowhere in the knowledge base are looked up by sound: those are the likely
        // typos (节图 for 截图). Spelling every bigram would let unrelated homophones of correct words compete.
        var unknown = terms.Spellings
            .Where(s => s.Bigram.Length == 2 && !grams.Frequencies.ContainsKey(s.Bigram))
            .Select(s => (s.Pinyin, 1.0)).Distinct().ToList();
        var pinyin = Score(reader, IndexSchema.PinyinTable, "pinyin", unknown, _weights.Pinyin, candidates, documents);
        var fused = ScoreFusion.Fuse(
            (words.Totals(), _weights.WordShare),
            (grams.Totals(), _weights.BigramShare),
            (pinyin.Totals(), _weights.PinyinShare)).Take(limit).ToList();
        return new Ranking([words, grams, pinyin], fused);
    }

    /// <summary>
    /// Candidates come from one FTS5 query over all terms; each term is then scored on those candidates alone
    /// and its FTS5 bm25 re-weighted with a non-negative idf (see <see cref="Bm25"/>).
    /// </summary>
    private static RepresentationScores Score(IndexReader reader, string table, string representation,
        IReadOnlyList<(string Term, double Weight)> terms, IReadOnlyList<double> columnWeights, int candidates, int documents)
    {
        var byTerm = new Dictionary<string, Dictionary<long, double>>(StringComparer.Ordinal);
        var frequencies = reader.DocumentFrequencies(table, terms.Select(t => t.Term).ToList());
        var result = new RepresentationScores(representation, table, byTerm) { Frequencies = frequencies };
        if (frequencies.Count == 0 || MatchExpression.AnyOf(terms.Select(t => t.Term).Where(frequencies.ContainsKey)) is not { } any)
            return result;
        var pool = reader.Match(table, any, columnWeights, candidates).Select(r => r.RowId).ToList();
        if (pool.Count == 0)
            return result;
        foreach (var (term, weight) in terms)
        {
            if (!frequencies.TryGetValue(term, out var containing) || MatchExpression.AnyOf([term]) is not { } single)
                continue;
            var scores = reader.MatchAmong(table, single, columnWeights, pool);
            byTerm[term] = scores.ToDictionary(kv => kv.Key, kv => weight * Bm25.Rescore(kv.Value, documents, containing));
        }
        return result;
    }

    private static List<HitExplanation> Explain(IndexReader reader, Ranking ranking, List<SearchHit> hits, List<long> rowIds)
    {
        var perHit = hits.Select(_ => new List<TermContribution>()).ToList();
        foreach (var representation in ranking.Representations)
        {
            foreach (var (term, scores) in representation.ByTerm)
            {
                var present = rowIds.Where(scores.ContainsKey).ToList();
                if (present.Count == 0)
                    continue;
                var fields = IndexedFields.All.ToDictionary(f => f, f => reader.MatchAmong(representation.Table, MatchExpression.InColumn(f, term), [1, 1, 1, 1, 1, 1, 1, 1], present));
                for (var i = 0; i < rowIds.Count; i++)
                {
                    if (!scores.TryGetValue(rowIds[i], out var score))
                        continue;
                    var inFields = IndexedFields.All.Where(f => fields[f].ContainsKey(rowIds[i])).ToList();
                    perHit[i].Add(new TermContribution(term, representation.Representation, inFields, Math.Round(score, 3)));
                }
            }
        }
        return hits.Select((h, i) => new HitExplanation(h.Id, perHit[i].OrderByDescending(t => t.Score).ToList())).ToList();
    }
}

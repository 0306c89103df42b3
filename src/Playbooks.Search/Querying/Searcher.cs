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
        var ranked = Rank(terms, limit + (excludeId is null ? 0 : 1));
        var docs = store.Load(ranked.Select(r => r.RowId).ToList());

        var hits = new List<SearchHit>();
        var rowIds = new List<long>();
        var best = ranked.Count > 0 ? ranked[0].Score : 1;
        foreach (var (rowId, score) in ranked)
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
        var explanation = explain ? Explain(terms, hits, rowIds) : null;
        return new SearchResponse(query, Math.Round(clock.Elapsed.TotalMilliseconds, 2), hits) { Weak = weak, Explain = explanation };
    }

    /// <summary>Fused ranking of row ids (best first), at most <paramref name="limit"/>.</summary>
    public List<(long RowId, double Score)> Rank(QueryTerms terms, int limit)
    {
        if (terms.IsEmpty)
            return [];
        var candidates = Math.Max(_weights.MinCandidates, limit * _weights.CandidatesPerResult);
        var words = MatchExpression.AnyOf(terms.Words) is { } w ? store.Match(IndexSchema.WordsTable, w, _weights.Words, candidates) : [];
        var grams = MatchExpression.AnyOf(terms.Bigrams) is { } g ? store.Match(IndexSchema.GramsTable, g, _weights.Bigrams, candidates) : [];
        return ScoreFusion.Fuse(words, grams, _weights.WordShare).Take(limit).ToList();
    }

    private List<HitExplanation> Explain(QueryTerms terms, List<SearchHit> hits, List<long> rowIds)
    {
        var perHit = hits.Select(_ => new List<TermContribution>()).ToList();
        void Contributions(string table, string representation, IEnumerable<string> list, IReadOnlyList<double> columnWeights)
        {
            foreach (var term in list)
            {
                if (MatchExpression.AnyOf([term]) is not { } expression)
                    continue;
                var scores = store.MatchAmong(table, expression, columnWeights, rowIds);
                if (scores.Count == 0)
                    continue;
                var fields = IndexedFields.All.ToDictionary(f => f, f => store.MatchAmong(table, MatchExpression.InColumn(f, term), columnWeights, scores.Keys.ToList()));
                for (var i = 0; i < rowIds.Count; i++)
                {
                    if (!scores.TryGetValue(rowIds[i], out var score))
                        continue;
                    var inFields = IndexedFields.All.Where(f => fields[f].ContainsKey(rowIds[i])).ToList();
                    perHit[i].Add(new TermContribution(term, representation, inFields, Math.Round(score, 3)));
                }
            }
        }
        Contributions(IndexSchema.WordsTable, "word", terms.Words, _weights.Words);
        Contributions(IndexSchema.GramsTable, "bigram", terms.Bigrams, _weights.Bigrams);
        return hits.Select((h, i) => new HitExplanation(h.Id, perHit[i].OrderByDescending(t => t.Score).ToList())).ToList();
    }
}

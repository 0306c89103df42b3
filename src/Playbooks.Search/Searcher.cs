using System.Diagnostics;
using Playbooks.Search.Analysis;
using Playbooks.Search.Querying;
using Playbooks.Search.Ranking;
using Playbooks.Search.Snippets;
using Playbooks.Search.Storage;

namespace Playbooks.Search;

/// <summary>
/// Runs a query against an up-to-date index: analyse, rank over the index's postings, build snippets.
/// Never throws for any query text. Thread-safe.
/// </summary>
public sealed class Searcher(IndexStore store, Analyzer analyzer, RankingWeights? weights = null)
{
    /// <summary>Below this share of query words found in the best result, the match is reported as weak.</summary>
    public const double WeakCoverage = 0.25;

    /// <summary>
    /// Postings kept in memory across queries before the snapshot is started afresh (about 1 GB at this size). Only
    /// an index of tens of thousands of playbooks, queried with very varied text for a long time, ever gets there.
    /// </summary>
    private const long CachedPostingsBudget = 32_000_000;

    private readonly RankingWeights _weights = weights ?? RankingWeights.Default;
    private readonly Ranker _ranker = new(weights ?? RankingWeights.Default);
    private readonly SnippetBuilder _snippets = new(analyzer.Normalizer);
    private volatile IndexSnapshot? _snapshot;

    public RankingWeights Weights => _weights;

    public QueryTerms Analyze(string query) =>
        QueryTerms.From(analyzer.Analyze(query), analyzer.Lexicon, _weights.MaxWordTerms, _weights.MaxBigramTerms);

    /// <param name="limit">
    /// Results wanted, at least one. How many a user may ask for is the front ends' rule (<c>ResultLimit</c> in
    /// Playbooks.Application), checked before a query gets here, so nothing is clamped silently.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is below one (a caller's bug).</exception>
    public SearchResponse Search(string query, int limit = 5, bool explain = false, string? excludeId = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var clock = Stopwatch.StartNew();
        var terms = Analyze(query);
        using var reader = store.OpenReader();
        var snapshot = SnapshotFor(reader);
        var ranked = _ranker.Rank(snapshot.Index, terms, limit + (excludeId is null ? 0 : 1), snapshot.LoaderFor(reader));
        var docs = snapshot.Documents(reader, ranked.Select(r => r.Doc).ToList());

        var hits = new List<SearchHit>();
        var explanations = new List<HitExplanation>();
        foreach (var (dense, score) in ranked)
        {
            if (!docs.TryGetValue(dense, out var doc) || doc.Id == excludeId)
                continue;
            var (snippets, coverage) = _snippets.Build(doc, terms);
            hits.Add(new SearchHit(doc.Id, doc.Title, Math.Round(score, 4), doc.Category, doc.Severity, doc.Path, snippets)
            {
                Tags = doc.Tags,
                SeverityLabel = doc.SeverityLabel,
                Draft = doc.Draft,
                Coverage = Math.Round(coverage, 3),
                HandlingSteps = doc.HandlingSteps,
            });
            if (explain)
                explanations.Add(new HitExplanation(doc.Id, _ranker.Explain(snapshot.Index, terms, dense)));
            if (hits.Count == limit)
                break;
        }

        var weak = hits.Count == 0 || (terms.Words.Count > 0 && hits[0].Coverage < WeakCoverage);
        return new SearchResponse(query, Math.Round(clock.Elapsed.TotalMilliseconds, 2), hits) { Weak = weak, Explain = explain ? explanations : null };
    }

    /// <summary>
    /// How a search reads <paramref name="query"/> beyond analysis (for <c>playbooks analyze</c>): the terms counted for
    /// less, and the sound look-ups with the bigrams of this knowledge base they meet.
    /// </summary>
    public QueryReading Read(string query)
    {
        var terms = Analyze(query);
        using var reader = store.OpenReader();
        var snapshot = SnapshotFor(reader);
        snapshot.LoaderFor(reader).LoadGrams(terms.Bigrams);
        var looked = Ranker.LookedUpBySound(snapshot.Index, terms);
        var spelled = reader.Spelled(looked.Select(s => s.Pinyin).Distinct().ToList());
        var lookups = looked.Select(s => new SoundLookup(s.Bigram, s.Pinyin, spelled.GetValueOrDefault(s.Pinyin) ?? [])).ToList();
        return QueryReading.Of(terms, _weights.SingleCharacterWeight, _weights.StraddlingBigramWeight, lookups);
    }

    /// <summary>The snapshot of the generation <paramref name="reader"/> sees, reusing the last one when it is current.</summary>
    private IndexSnapshot SnapshotFor(IndexReader reader)
    {
        var generation = reader.Generation();
        var snapshot = _snapshot;
        if (snapshot is not null && snapshot.Generation == generation && snapshot.Index.AddedPostings < CachedPostingsBudget)
            return snapshot;
        snapshot = IndexSnapshot.Load(reader, generation);
        _snapshot = snapshot;
        return snapshot;
    }
}

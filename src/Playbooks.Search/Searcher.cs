using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using Playbooks.Search.Analysis;
using Playbooks.Search.Documents;
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
    private readonly long _checkInterval = (long)(store.Options.GenerationCheckInterval.TotalSeconds * Stopwatch.Frequency);
    private readonly Lock _loading = new();
    private bool _termListTooLong; // written under _loading
    private volatile IndexSnapshot? _snapshot;
    // When the generation of _snapshot was last seen current in the file (Stopwatch ticks); 0: not trusted.
    private long _verifiedAt;

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
        if (Trusted() is { } held)
        {
            // Most searches of a long-running server: the snapshot is known current, and SQLite is opened only if
            // this query needs something the snapshot does not hold yet.
            using var lazy = new SnapshotReader(store, held.Generation);
            try
            {
                var response = Search(held, lazy.Get, query, terms, limit, explain, excludeId, clock);
                if (lazy.Opened)
                    Confirmed(held);
                return response;
            }
            catch (SnapshotReader.StaleException)
            {
                // Another process committed a newer generation: start over from it below.
            }
        }
        using var reader = store.OpenReader();
        return Search(SnapshotFor(reader), () => reader, query, terms, limit, explain, excludeId, clock);
    }

    private SearchResponse Search(IndexSnapshot snapshot, Func<IndexReader> reader, string query, QueryTerms terms, int limit,
        bool explain, string? excludeId, Stopwatch clock)
    {
        var wanted = limit + (excludeId is null ? 0 : 1);
        var ranked = _ranker.Rank(snapshot.Index, terms, wanted, snapshot.LoaderFor(reader));
        var folderParts = explain ? _ranker.FolderParts(snapshot.Index, terms, wanted) : null;
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
                HandlingText = HandlingExcerpt.Of(doc),
            });
            if (explain)
                explanations.Add(new HitExplanation(doc.Id, _ranker.Explain(snapshot.Index, terms, dense)) { Folder = folderParts?.GetValueOrDefault(dense) });
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
        snapshot.LoaderFor(() => reader).LoadGrams(terms.Bigrams);
        var looked = Ranker.LookedUpBySound(snapshot.Index, terms);
        var spelled = reader.Spelled(looked.Select(s => s.Pinyin).Distinct().ToList());
        var lookups = looked.Select(s => new SoundLookup(s.Bigram, s.Pinyin, spelled.GetValueOrDefault(s.Pinyin) ?? [])).ToList();
        return QueryReading.Of(terms, _weights.SingleCharacterWeight, _weights.StraddlingBigramWeight, lookups);
    }

    /// <summary>
    /// Starts a snapshot of the generation the index is at now, so that searches need not look (see
    /// <see cref="IndexStoreOptions.GenerationCheckInterval"/>): the engine calls this after each refresh of its own.
    /// </summary>
    public void Renew()
    {
        // Untrusted first: should the read fail, the next search asks SQLite rather than answer from the old snapshot.
        Interlocked.Exchange(ref _verifiedAt, 0);
        using var reader = store.OpenReader();
        _ = SnapshotFor(reader);
    }

    /// <summary>
    /// The last snapshot, when it may be used without asking SQLite for the generation: checks are switched on, the
    /// last check (or <see cref="Renew"/>) is recent, and the snapshot has not outgrown its memory budget.
    /// </summary>
    private IndexSnapshot? Trusted()
    {
        var snapshot = _snapshot;
        if (snapshot is null || _checkInterval <= 0 || Stopwatch.GetTimestamp() - Interlocked.Read(ref _verifiedAt) > _checkInterval
            || snapshot.Index.AddedPostings >= CachedPostingsBudget)
            return null;
        return snapshot;
    }

    /// <summary>The snapshot of the generation <paramref name="reader"/> sees, reusing the last one when it is current.</summary>
    private IndexSnapshot SnapshotFor(IndexReader reader)
    {
        var generation = reader.Generation();
        var snapshot = _snapshot;
        if (Reusable(snapshot, generation))
        {
            Confirmed(snapshot);
            return snapshot;
        }
        // One thread loads a new generation while the others wait for it: after a commit every search in flight
        // sees the new generation at once, and each loading its own copy (lengths, the term list) was a pile-up.
        lock (_loading)
        {
            snapshot = _snapshot;
            if (Reusable(snapshot, generation))
                return snapshot;
            var loaded = IndexSnapshot.Load(reader, generation, _termListTooLong ? 0 : store.Options.TermListLimit, store.RememberLengths);
            // An index over the limit is read up to the limit and dropped; not again for every generation (a
            // knowledge base seldom shrinks by that much while served).
            _termListTooLong |= store.Options.TermListLimit > 0 && !loaded.HasTermList;
            // A search whose read began before a commit may finish after a search (or Renew) that saw the commit: it
            // must not put its older generation back in place. Numbers only order generations of one file; a rebuilt
            // file (new id) replaces whatever was there.
            if (snapshot is null || snapshot.Generation.IndexId != generation.IndexId || snapshot.Generation.Number <= generation.Number)
            {
                _snapshot = loaded;
                Confirmed(loaded);
            }
            return loaded;
        }
    }

    /// <summary>The snapshot is of <paramref name="generation"/> and has not outgrown its memory budget.</summary>
    private static bool Reusable([NotNullWhen(true)] IndexSnapshot? snapshot, IndexGeneration generation) =>
        snapshot is not null && snapshot.Generation == generation && snapshot.Index.AddedPostings < CachedPostingsBudget;

    /// <summary>Notes that <paramref name="snapshot"/> was just seen to be the file's generation, if it is still the one held.</summary>
    private void Confirmed(IndexSnapshot snapshot)
    {
        if (ReferenceEquals(snapshot, _snapshot))
            Interlocked.Exchange(ref _verifiedAt, Stopwatch.GetTimestamp());
    }
}

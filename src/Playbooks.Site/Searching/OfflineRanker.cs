using System.Runtime.CompilerServices;
using Playbooks.Search.Querying;
using Playbooks.Search.Ranking;

namespace Playbooks.Site.Searching;

/// <summary>
/// The CLI's ranking (<see cref="Searcher"/>) computed over a <see cref="TermIndex"/> instead of SQLite: the same
/// candidate pool, per-term BM25 with FTS5's term-frequency part and Lucene's idf, the same column weights and
/// fusion. The site uses it for the related-playbook lists (one <c>SearchEngine.Similar</c> per playbook costs
/// ~140 ms of SQL at 1 000 playbooks; this costs about a millisecond), and <c>assets/search.js</c> is a line-by-line
/// port of it, so this class is also the reference the browser is tested against. Thread-safe.
/// </summary>
internal sealed class OfflineRanker(TermIndex index, RankingWeights weights)
{
    public RankingWeights Weights => weights;

    /// <summary>Fused ranking, best first: (playbook index in <see cref="TermIndex.Playbooks"/>, score); at most <paramref name="limit"/>.</summary>
    public List<(int Doc, double Score)> Rank(QueryTerms terms, int limit)
    {
        var candidates = Math.Max(weights.MinCandidates, limit * weights.CandidatesPerResult);
        var words = Score(index.Words,
            terms.Words.Select(t => (t, t.Length == 1 ? weights.SingleCharacterWeight : 1.0)).ToList(), weights.Words, candidates);
        var grams = Score(index.Grams, terms.Bigrams.Select(t => (t, 1.0)).ToList(), weights.Bigrams, candidates);
        // As in Searcher.Rank: only bigrams the index lacks (likely typos) are looked up by sound.
        var known = terms.Bigrams.Where(t => index.Grams.Postings.ContainsKey(t)).ToHashSet(StringComparer.Ordinal);
        var unknown = terms.Spellings
            .Where(s => s.Bigram.Length == 2 && !known.Contains(s.Bigram))
            .Select(s => (s.Pinyin, 1.0)).Distinct().ToList();
        var pinyin = unknown.Count == 0 ? [] : Score(index.Pinyin, unknown, weights.Pinyin, candidates);
        return ScoreFusion.Fuse(
                (words, weights.WordShare),
                (grams, weights.BigramShare),
                (pinyin, weights.PinyinShare))
            .Take(limit)
            .Select(x => ((int)x.RowId, x.Score))
            .ToList();
    }

    /// <summary>
    /// One representation: the candidate pool is the best <paramref name="candidates"/> playbooks for all terms together
    /// under FTS5's own bm25 (its clamped idf included), as the CLI's single MATCH query picks them; each term is then
    /// scored on the pool with the non-negative idf (<see cref="Bm25.Idf"/>) and the terms' scores summed per playbook,
    /// in query-term order as the CLI sums them.
    /// </summary>
    // Runs a million times per site of 1 000 playbooks, in a short-lived CLI process: compiled optimised at once
    // rather than first as tier-0 code (that alone halved the related lists' cost in a cold process).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<(long RowId, double Score)> Score(TermTable table, IReadOnlyList<(string Term, double Weight)> terms,
        IReadOnlyList<double> columnWeights, int candidates)
    {
        var documents = index.Count;
        var found = new List<(PostingList Postings, double Weight)>();
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var poolScores = new double[documents];
        var inPool = new bool[documents];
        var poolSize = 0;
        foreach (var (term, weight) in terms)
        {
            if (!table.Postings.TryGetValue(term, out var postings) || !distinct.Add(term))
                continue;
            found.Add((postings, weight));
            var idf = Bm25.Fts5Idf(documents, postings.Count);
            var parts = postings.Parts(table, columnWeights);
            for (var i = 0; i < parts.Length; i++)
            {
                var doc = postings.Postings[i].Doc;
                poolScores[doc] += idf * parts[i];
                if (!inPool[doc])
                {
                    inPool[doc] = true;
                    poolSize++;
                }
            }
        }
        if (found.Count == 0)
            return [];
        if (poolSize > candidates)
            KeepBest(poolScores, inPool, poolSize, candidates);

        var totals = new double[documents];
        var scored = new bool[documents];
        var scoredDocs = new List<int>();
        foreach (var (postings, weight) in found)
        {
            var idf = Bm25.Idf(documents, postings.Count);
            var parts = postings.Parts(table, columnWeights);
            for (var i = 0; i < parts.Length; i++)
            {
                var doc = postings.Postings[i].Doc;
                if (!inPool[doc])
                    continue;
                totals[doc] += weight * idf * parts[i];
                if (!scored[doc])
                {
                    scored[doc] = true;
                    scoredDocs.Add(doc);
                }
            }
        }
        return scoredDocs.Select(doc => ((long)doc, totals[doc])).ToList();
    }

    /// <summary>
    /// Leaves in the pool only its best <paramref name="candidates"/>: every playbook scoring above the cut-off score,
    /// then those at the cut-off in playbook order. Selecting by the cut-off (found by sorting the bare scores) costs
    /// a fraction of sorting the members with a comparison, which matters when every playbook's related list is ranked.
    /// </summary>
    private static void KeepBest(double[] scores, bool[] inPool, int poolSize, int candidates)
    {
        var pooled = new double[poolSize];
        var n = 0;
        for (var doc = 0; doc < inPool.Length; doc++)
            if (inPool[doc])
                pooled[n++] = scores[doc];
        Array.Sort(pooled);
        var cutOff = pooled[poolSize - candidates];
        var above = 0;
        for (var i = poolSize - candidates; i < poolSize; i++)
            if (pooled[i] > cutOff)
                above++;
        var atCutOff = candidates - above;
        for (var doc = 0; doc < inPool.Length; doc++)
        {
            if (!inPool[doc] || scores[doc] > cutOff)
                continue;
            if (scores[doc] == cutOff && atCutOff > 0)
                atCutOff--;
            else
                inPool[doc] = false;
        }
    }
}

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
        var scratch = Scratch.For(documents);
        var poolScores = scratch.Pool;
        var inPool = scratch.InPool;
        var members = scratch.Members;
        try
        {
            foreach (var (term, weight) in terms)
            {
                if (!table.TryGet(term, out var postings) || !distinct.Add(term))
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
                        members.Add(doc);
                    }
                }
            }
            if (found.Count == 0)
                return [];
            if (members.Count > candidates)
                KeepBest(poolScores, inPool, members, candidates);

            var totals = scratch.Totals;
            var scored = scratch.Scored;
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
                    if (!scored[doc])
                    {
                        scored[doc] = true;
                        scoredDocs.Add(doc);
                    }
                    totals[doc] += weight * idf * parts[i];
                }
            }
            return scoredDocs.Select(doc => ((long)doc, totals[doc])).ToList();
        }
        finally
        {
            scratch.Clear();
        }
    }

    /// <summary>
    /// Per-thread working arrays, one slot per playbook, reused across queries and cleared (only where written)
    /// after each: allocating them per query was a quarter of a gigabyte of garbage for 1 000 related lists.
    /// </summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? _current;

        public double[] Pool { get; private init; } = [];
        public bool[] InPool { get; private init; } = [];
        public double[] Totals { get; private init; } = [];
        public bool[] Scored { get; private init; } = [];
        public List<int> Members { get; } = [];

        public static Scratch For(int documents)
        {
            if (_current is { } current && current.Pool.Length == documents)
                return current;
            return _current = new Scratch
            {
                Pool = new double[documents], InPool = new bool[documents], Totals = new double[documents], Scored = new bool[documents],
            };
        }

        public void Clear()
        {
            foreach (var doc in Members)
            {
                Pool[doc] = 0;
                InPool[doc] = false;
                Totals[doc] = 0;
                Scored[doc] = false;
            }
            Members.Clear();
        }
    }

    /// <summary>
    /// Leaves in the pool only its best <paramref name="candidates"/>: every playbook scoring above the cut-off score,
    /// then those at the cut-off in playbook order. Selecting by the cut-off (found by sorting the bare scores) costs
    /// a fraction of sorting the members with a comparison, which matters when every playbook's related list is ranked.
    /// </summary>
    private static void KeepBest(double[] scores, bool[] inPool, List<int> members, int candidates)
    {
        var pooled = new double[members.Count];
        for (var i = 0; i < pooled.Length; i++)
            pooled[i] = scores[members[i]];
        Array.Sort(pooled);
        var cutOff = pooled[pooled.Length - candidates];
        var above = 0;
        for (var i = pooled.Length - candidates; i < pooled.Length; i++)
            if (pooled[i] > cutOff)
                above++;
        var atCutOff = candidates - above;
        members.Sort(); // playbook order, for the ties at the cut-off
        foreach (var doc in members)
        {
            if (scores[doc] > cutOff)
                continue;
            if (scores[doc] == cutOff && atCutOff > 0)
                atCutOff--;
            else
                inPool[doc] = false;
        }
    }
}

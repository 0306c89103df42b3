using System.Runtime.CompilerServices;
using Playbooks.Search.Documents;
using Playbooks.Search.Postings;
using Playbooks.Search.Querying;

namespace Playbooks.Search.Ranking;

/// <summary>
/// The ranking of every search surface: the CLI and server (over postings read from the SQLite index), the site's
/// related lists (over its in-memory index), and, line by line ported, the browser's <c>assets/search.js</c>.
/// Per representation, a candidate pool by classic bm25 (FTS5's formula, clamped idf included), then each term
/// scored on the pool with Lucene's non-negative idf (<see cref="Bm25"/>); the representations are fused by
/// <see cref="ScoreFusion"/>. Thread-safe.
/// </summary>
public sealed class Ranker(RankingWeights weights)
{
    public RankingWeights Weights => weights;

    /// <summary>Fused ranking, best first: (dense playbook number, score); at most <paramref name="limit"/>.</summary>
    /// <param name="loader">Reads the query's postings into <paramref name="index"/> first, when its tables load on demand.</param>
    public List<(int Doc, double Score)> Rank(RankingIndex index, QueryTerms terms, int limit, IPostingLoader? loader = null) =>
        WrittenFirst(index, FolderSmoothing.Apply(index, Fused(index, terms, limit, loader), weights))
            .Take(limit)
            .Select(x => ((int)x.RowId, x.Score))
            .ToList();

    /// <summary>
    /// For <c>--explain</c>: the folder's part of each ranked playbook's score (dense number → part); null when the
    /// knowledge base has no folders to smooth over. Call after <see cref="Rank"/> with the same terms and limit.
    /// </summary>
    public Dictionary<int, FolderContribution>? FolderParts(RankingIndex index, QueryTerms terms, int limit) =>
        FolderSmoothing.Parts(index, Fused(index, terms, limit, loader: null), weights);

    /// <summary>The representations' rankings fused, before folder smoothing: best first, ties by playbook number.</summary>
    private List<(long RowId, double Score)> Fused(RankingIndex index, QueryTerms terms, int limit, IPostingLoader? loader)
    {
        loader?.LoadWords(terms.Words);
        loader?.LoadGrams(terms.Bigrams);
        var candidates = Math.Max(weights.MinCandidates, limit * weights.CandidatesPerResult);
        var words = Score(index, index.Words, WordTerms(terms), weights.Words, candidates);
        var grams = Score(index, index.Grams, BigramTerms(terms), weights.Bigrams, candidates);
        var unknown = UnknownSpellings(index, terms);
        if (unknown.Count > 0)
            loader?.LoadSpellings(unknown.Select(u => u.Term).ToList());
        var pinyin = unknown.Count == 0 ? [] : Score(index, index.Pinyin, unknown, weights.Pinyin, candidates);
        if (pinyin.Count > 0 && weights.CorrectedSpellingWeight > 0)
            grams = WithCorrections(grams, pinyin, weights.CorrectedSpellingWeight);
        return ScoreFusion.Fuse(
            (words, weights.WordShare),
            (grams, weights.BigramShare),
            (pinyin, weights.PinyinShare));
    }

    /// <summary>
    /// The bigram list with the sound-alike scores of the query's likely typos added, per playbook, as if the operator
    /// had typed the bigram they meant (see <see cref="RankingWeights.CorrectedSpellingWeight"/>).
    /// </summary>
    private static List<(long RowId, double Score)> WithCorrections(List<(long RowId, double Score)> grams,
        List<(long RowId, double Score)> pinyin, double weight)
    {
        var sums = grams.ToDictionary(x => x.RowId, x => x.Score);
        foreach (var (row, score) in pinyin)
            sums[row] = sums.GetValueOrDefault(row) + weight * score;
        return sums.Select(kv => (kv.Key, kv.Value)).ToList();
    }

    /// <summary>
    /// Drafts and empty playbooks after every written one, each group in score order: a fresh <c>playbooks new</c>
    /// skeleton repeats its title in every field and would otherwise outrank the SOP the operator needs, then show no
    /// steps. It is still found when nothing written matches.
    /// </summary>
    private static IEnumerable<(long RowId, double Score)> WrittenFirst(RankingIndex index, List<(long RowId, double Score)> fused) =>
        index.Unwritten.Count == 0
            ? fused
            : fused.Where(x => !index.IsUnwritten((int)x.RowId)).Concat(fused.Where(x => index.IsUnwritten((int)x.RowId)));

    /// <summary>
    /// What each query term added to playbook <paramref name="doc"/>'s score before fusion, for <c>--explain</c>:
    /// per term and representation, the fields holding it and its BM25 contribution. Call after <see cref="Rank"/>
    /// (which loaded the postings), for a playbook it returned.
    /// </summary>
    public List<TermContribution> Explain(RankingIndex index, QueryTerms terms, int doc)
    {
        var contributions = new List<TermContribution>();
        void Add(string representation, TermTable table, IReadOnlyList<(string Term, double Weight)> scored, IReadOnlyList<double> columnWeights)
        {
            foreach (var (term, weight) in scored.DistinctBy(t => t.Term))
            {
                if (!table.TryGet(term, out var list) || !list.TryFind(doc, out var posting))
                    continue;
                var fields = Enumerable.Range(0, FieldCounts.FieldCount).Where(f => posting.Counts[f] > 0).Select(f => IndexedFields.All[f]).ToList();
                var score = weight * Bm25.Idf(index.Count, list.Count) * table.TermFrequency(posting, columnWeights);
                contributions.Add(new TermContribution(term, representation, fields, Math.Round(score, 3)));
            }
        }
        Add("word", index.Words, WordTerms(terms), weights.Words);
        Add("bigram", index.Grams, BigramTerms(terms), weights.Bigrams);
        Add("pinyin", index.Pinyin, UnknownSpellings(index, terms), weights.Pinyin);
        return contributions.OrderByDescending(c => c.Score).ToList();
    }

    private List<(string Term, double Weight)> WordTerms(QueryTerms terms) =>
        terms.Words.Select(t => (t, t.Length == 1 ? weights.SingleCharacterWeight : 1.0)).ToList();

    private List<(string Term, double Weight)> BigramTerms(QueryTerms terms) =>
        terms.Bigrams.Select(t => (t, terms.StraddlingBigrams.Contains(t) ? weights.StraddlingBigramWeight : 1.0)).ToList();

    /// <summary>
    /// Only bigrams that occur nowhere in the knowledge base are looked up by sound: those are the likely typos
    /// (节图 for 截图). Spelling every bigram would let unrelated homophones of correct words compete. Pinyin typed
    /// as a Latin word (kuaidi) is never a known bigram, so it is always looked up.
    /// </summary>
    /// <remarks>
    /// "Occurs nowhere" is judged among the query's own bigrams (<see cref="QueryTerms.Bigrams"/>, which a long query
    /// cuts to a maximum): a typo candidate beyond that cut counts as unknown. Asking the index directly would make
    /// the answer depend on which bigrams earlier queries happened to load.
    /// </remarks>
    private static List<(string Term, double Weight)> UnknownSpellings(RankingIndex index, QueryTerms terms) =>
        LookedUpBySound(index, terms).Select(s => (s.Pinyin, 1.0)).Distinct().ToList();

    /// <summary>
    /// The query's spellings that ranking looks up by sound (see <see cref="UnknownSpellings"/>), with the bigram or
    /// Latin word each comes from. The query's bigrams must be loaded into <paramref name="index"/> first.
    /// </summary>
    public static List<(string Bigram, string Pinyin)> LookedUpBySound(RankingIndex index, QueryTerms terms)
    {
        if (terms.Spellings.Count == 0)
            return [];
        var known = terms.Bigrams.Where(t => index.Grams.TryGet(t, out _)).ToHashSet(StringComparer.Ordinal);
        return terms.Spellings.Where(s => !known.Contains(s.Bigram)).ToList();
    }

    /// <summary>
    /// One representation: the candidate pool is the best <paramref name="candidates"/> playbooks for all terms together
    /// under classic bm25 (FTS5's clamped idf included; the pool was once an FTS5 MATCH query and the weights were tuned
    /// with it); each term is then scored on the pool with the non-negative idf (<see cref="Bm25.Idf"/>) and the terms'
    /// scores summed per playbook, in query-term order.
    /// </summary>
    /// <remarks>
    /// The pool pass reads every posting of every term (at 100 000 playbooks a common bigram alone has tens of
    /// thousands); the scoring pass only the pool's: each term's list is searched for the pool's playbooks (a binary
    /// search per playbook and term) rather than scanned whole. Per playbook the terms are still added in query-term
    /// order, so every score is the same double as a full scan gives.
    /// </remarks>
    // Runs a million times per site of 1 000 playbooks, in a short-lived CLI process: compiled optimised at once
    // rather than first as tier-0 code (that alone halved the related lists' cost in a cold process).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<(long RowId, double Score)> Score(RankingIndex index, TermTable table, IReadOnlyList<(string Term, double Weight)> terms,
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
                var idf = Bm25.ClassicIdf(documents, postings.Count);
                var parts = postings.Parts(table, columnWeights);
                var docs = postings.Docs;
                for (var i = 0; i < parts.Length; i++)
                {
                    var doc = docs[i];
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
            var pool = members.Count > candidates ? KeepBest(poolScores, members, candidates) : SortedCopy(members);

            var totals = scratch.Totals;
            var scored = scratch.Scored;
            var scoredDocs = new List<int>(pool.Length);
            foreach (var (postings, weight) in found)
            {
                var idf = Bm25.Idf(documents, postings.Count);
                var parts = postings.Parts(table, columnWeights);
                var docs = postings.Docs;
                // The pool in ascending playbook order: each search starts where the last one ended.
                var from = 0;
                foreach (var doc in pool)
                {
                    var at = Array.BinarySearch(docs, from, docs.Length - from, doc);
                    if (at < 0)
                    {
                        from = ~at;
                        continue;
                    }
                    from = at + 1;
                    if (!scored[doc])
                    {
                        scored[doc] = true;
                        scoredDocs.Add(doc);
                    }
                    totals[doc] += weight * idf * parts[at];
                }
            }
            return scoredDocs.Select(doc => ((long)doc, totals[doc])).ToList();
        }
        finally
        {
            scratch.Clear();
        }
    }

    private static int[] SortedCopy(List<int> members)
    {
        var copy = members.ToArray();
        Array.Sort(copy);
        return copy;
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
    /// The pool's best <paramref name="candidates"/> members in ascending playbook order: every playbook scoring above
    /// the cut-off score, then those at the cut-off in playbook order. The cut-off (the candidates-th best score) comes
    /// from a min-heap of the best scores seen, which most members pass by with one comparison, and only the chosen few
    /// are sorted: at 100 000 playbooks a common term puts most of them in the pool, and sorting them all was a large
    /// part of a query.
    /// </summary>
    private static int[] KeepBest(double[] scores, List<int> members, int candidates)
    {
        var best = new PriorityQueue<double, double>(candidates);
        foreach (var doc in members)
        {
            var score = scores[doc];
            if (best.Count < candidates)
                best.Enqueue(score, score);
            else if (score > best.Peek())
                best.EnqueueDequeue(score, score);
        }
        var cutOff = best.Peek();
        var above = new List<int>(candidates);
        var atCutOff = new List<int>();
        foreach (var doc in members)
        {
            if (scores[doc] > cutOff)
                above.Add(doc);
            else if (scores[doc] == cutOff)
                atCutOff.Add(doc);
        }
        atCutOff.Sort(); // playbook order, for the ties at the cut-off
        var pool = new int[candidates];
        above.CopyTo(pool);
        atCutOff.CopyTo(0, pool, above.Count, candidates - above.Count);
        Array.Sort(pool);
        return pool;
    }
}

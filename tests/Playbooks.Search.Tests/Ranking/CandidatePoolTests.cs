using Playbooks.Search.Postings;
using Playbooks.Search.Querying;
using Playbooks.Search.Ranking;

namespace Playbooks.Search.Tests.Ranking;

/// <summary>
/// The ranker picks its candidate pool and scores it with shortcuts for large indexes (selection instead of sorting,
/// searching the pool's playbooks in each list instead of scanning it). Users must see exactly the ranking the
/// definition gives: the same playbooks, in the same order, with the same scores, ties at the pool's edge included.
/// The reference here is the definition written out plainly (<see cref="Ranker"/>'s summary).
/// </summary>
public sealed class CandidatePoolTests
{
    private static readonly RankingWeights Weights = RankingWeights.Default;

    [Theory]
    [InlineData(1, 50, 3)]
    [InlineData(2, 3_000, 5)]
    [InlineData(3, 3_000, 30)]
    [InlineData(4, 20_000, 10)]
    public void Ranks_exactly_as_the_plain_definition_including_ties_at_the_edge_of_the_pool(int seed, int documents, int limit)
    {
        var (index, terms) = RandomIndex(new Random(seed), documents);

        var ranked = new Ranker(Weights).Rank(index, terms, limit);

        Assert.Equal(Reference(index, terms, limit), ranked);
    }

    /// <summary>
    /// Words and bigrams over <paramref name="documents"/> playbooks: a few common tokens and many rare ones, and a
    /// block of identical playbooks (same counts, same length) so that many score exactly alike at the pool's edge.
    /// </summary>
    private static (RankingIndex Index, QueryTerms Terms) RandomIndex(Random random, int documents)
    {
        TermTable Table(string prefix, out List<string> tokens)
        {
            var lengths = new int[documents];
            for (var d = 0; d < documents; d++)
                lengths[d] = d % 7 == 0 ? 120 : random.Next(40, 400);
            var postings = new Dictionary<string, Posting[]>();
            tokens = [];
            for (var t = 0; t < 12; t++)
            {
                var token = $"{prefix}{t}";
                var share = t < 3 ? 0.6 : t < 6 ? 0.1 : 0.01;
                var list = new List<Posting>();
                for (var d = 0; d < documents; d++)
                {
                    var identical = d % 7 == 0;
                    if (!identical && random.NextDouble() >= share)
                        continue;
                    var counts = new FieldCounts();
                    if (identical)
                        counts[2] = 1;
                    else
                        counts[random.Next(FieldCounts.FieldCount)] = (ushort)random.Next(1, 4);
                    list.Add(new Posting(d, counts));
                }
                postings[token] = [.. list];
                tokens.Add(token);
            }
            return new TermTable(lengths, postings);
        }

        var words = Table("w", out var wordTokens);
        var grams = Table("g", out var gramTokens);
        var index = new RankingIndex(documents, words, grams, new TermTable(new int[documents]));
        var terms = new QueryTerms([.. wordTokens.Take(8), "absent"], [.. gramTokens.Skip(2)], [], new Dictionary<string, string>());
        return (index, terms);
    }

    private static List<(int Doc, double Score)> Reference(RankingIndex index, QueryTerms terms, int limit)
    {
        var candidates = Math.Max(Weights.MinCandidates, limit * Weights.CandidatesPerResult);
        var words = ReferenceScore(index, index.Words, terms.Words.Select(t => (t, t.Length == 1 ? Weights.SingleCharacterWeight : 1.0)).ToList(), Weights.Words, candidates);
        var grams = ReferenceScore(index, index.Grams, terms.Bigrams.Select(t => (t, 1.0)).ToList(), Weights.Bigrams, candidates);
        return ScoreFusion.Fuse((words, Weights.WordShare), (grams, Weights.BigramShare))
            .Take(limit).Select(x => ((int)x.RowId, x.Score)).ToList();
    }

    /// <summary>Pool: the best by classic bm25 summed in term order, ties in playbook order; then every term scored on the pool.</summary>
    private static List<(long RowId, double Score)> ReferenceScore(RankingIndex index, TermTable table,
        List<(string Term, double Weight)> terms, IReadOnlyList<double> columnWeights, int candidates)
    {
        var found = terms.Where(t => table.TryGet(t.Term, out _)).DistinctBy(t => t.Term)
            .Select(t => (List: table.Postings[t.Term], t.Weight)).ToList();
        var pool = new Dictionary<int, double>();
        foreach (var (list, _) in found)
        {
            var idf = Bm25.ClassicIdf(index.Count, list.Count);
            foreach (var posting in list.Postings)
                pool[posting.Doc] = pool.GetValueOrDefault(posting.Doc) + idf * table.TermFrequency(posting, columnWeights);
        }
        var chosen = pool.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(candidates).Select(p => p.Key).ToHashSet();
        var totals = new Dictionary<int, double>();
        foreach (var (list, weight) in found)
        {
            var idf = Bm25.Idf(index.Count, list.Count);
            foreach (var posting in list.Postings.Where(p => chosen.Contains(p.Doc)))
                totals[posting.Doc] = totals.GetValueOrDefault(posting.Doc) + weight * idf * table.TermFrequency(posting, columnWeights);
        }
        return totals.Select(t => ((long)t.Key, t.Value)).ToList();
    }
}

using Playbooks.Search.Ranking;

namespace Playbooks.Site.Searching;

/// <summary>
/// The "相关预案" list of every playbook: what <c>playbooks similar &lt;id&gt;</c> returns (the same query, analysis and
/// ranking, via <see cref="TermIndex.SimilarityQueries"/> and <see cref="Ranker"/>), computed for all at once.
/// </summary>
internal static class RelatedPlaybooks
{
    /// <returns>Playbook id → related ids, best first, at most <paramref name="limit"/> each.</returns>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Compute(TermIndex index, Ranker ranker, int limit, Action<int>? progress = null)
    {
        var done = 0;
        var lists = Enumerable.Range(0, index.Count).AsParallel().AsOrdered().Select(doc =>
        {
            // One extra, as Searcher does when it excludes the playbook itself.
            var related = ranker.Rank(index.Ranking, index.SimilarityQueries[doc], limit + 1).Where(r => r.Doc != doc).Take(limit)
                .Select(r => index.Playbooks[r.Doc].Id).ToList();
            progress?.Invoke(Interlocked.Increment(ref done));
            return (index.Playbooks[doc].Id, (IReadOnlyList<string>)related);
        }).ToList();
        return lists.ToDictionary(x => x.Id, x => x.Item2, StringComparer.Ordinal);
    }
}

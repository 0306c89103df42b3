namespace Playbooks.Benchmarks.Quality;

/// <summary>
/// Two systems' rankings combined by reciprocal rank fusion (Cormack et al. 2009: score = Σ 1 / (k + rank), k = 60):
/// how the README measures "SmartCn as an additional segmentation" beside ours without porting it into our analysis
/// chain (which the browser's search.js must mirror, and SmartCn's dictionary cannot run there).
/// </summary>
internal sealed class RankFusion(IRankingSystem first, IRankingSystem second, double secondWeight) : IRankingSystem
{
    private const int K = 60;
    private const int Depth = 50;

    public IReadOnlyList<string> Rank(string query, int limit)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        void Add(IReadOnlyList<string> ranked, double weight)
        {
            for (var i = 0; i < ranked.Count; i++)
                scores[ranked[i]] = scores.GetValueOrDefault(ranked[i]) + weight / (K + i + 1);
        }
        var ours = first.Rank(query, Depth);
        Add(ours, 1.0);
        Add(second.Rank(query, Depth), secondWeight);
        // Ties keep the first system's order.
        var ourRank = ours.Select((id, at) => (id, at)).ToDictionary(x => x.id, x => x.at, StringComparer.Ordinal);
        return scores.OrderByDescending(kv => kv.Value)
            .ThenBy(kv => ourRank.GetValueOrDefault(kv.Key, int.MaxValue))
            .Take(limit).Select(kv => kv.Key).ToList();
    }

    public void Dispose()
    {
        first.Dispose();
        second.Dispose();
    }
}

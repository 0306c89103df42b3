namespace Playbooks.Search.Ranking;

/// <summary>
/// Combines the word and bigram result lists: each list's scores are divided by its best score (bm25 scales
/// differ between representations and queries), then mixed linearly. A document found by only one list keeps
/// that list's share.
/// </summary>
public static class ScoreFusion
{
    public static List<(long RowId, double Score)> Fuse(
        IReadOnlyList<(long RowId, double Score)> words,
        IReadOnlyList<(long RowId, double Score)> bigrams,
        double wordShare)
    {
        var fused = new Dictionary<long, double>();
        Accumulate(fused, words, wordShare);
        Accumulate(fused, bigrams, 1 - wordShare);
        return fused.Select(kv => (kv.Key, kv.Value))
            .OrderByDescending(x => x.Value).ThenBy(x => x.Key)
            .ToList();
    }

    private static void Accumulate(Dictionary<long, double> fused, IReadOnlyList<(long RowId, double Score)> list, double share)
    {
        if (list.Count == 0)
            return;
        var best = list.Max(x => x.Score);
        if (best <= 0)
            return;
        foreach (var (rowId, score) in list)
            fused[rowId] = fused.GetValueOrDefault(rowId) + share * score / best;
    }
}

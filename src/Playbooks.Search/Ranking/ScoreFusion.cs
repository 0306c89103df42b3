namespace Playbooks.Search.Ranking;

/// <summary>
/// Combines the result lists of the representations: each list's scores are divided by its best score (bm25
/// scales differ between representations and queries), then mixed linearly by share. A document found by only
/// some lists gets only their shares.
/// </summary>
public static class ScoreFusion
{
    public static List<(long RowId, double Score)> Fuse(params (IReadOnlyList<(long RowId, double Score)> Scores, double Share)[] lists)
    {
        var fused = new Dictionary<long, double>();
        foreach (var (scores, share) in lists)
            Accumulate(fused, scores, share);
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

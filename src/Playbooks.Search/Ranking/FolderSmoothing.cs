using Playbooks.Search.Postings;
using Playbooks.Search.Querying;

namespace Playbooks.Search.Ranking;

/// <summary>
/// Score regularisation over the knowledge base's structure: each playbook's fused score is mixed with the score of
/// its folder, the mean of the folder's best <see cref="RankingWeights.FolderMembers"/> scores (a folder with fewer
/// matches counts the missing ones as 0):
/// s'(d) = (1 − α)·s(d) + α·mean(top m scores in folder(d)), α = <see cref="RankingWeights.FolderShare"/>.
/// A playbook whose whole domain matches the query rises; an isolated hit on one generic word from another part of the
/// knowledge base does not. After Diaz 2005 ("Regularizing ad hoc retrieval scores": s' = (1 − α)s + α·Σ w(d,n)s(n)),
/// with the cluster as the neighbourhood (Kurland &amp; Lee 2004; Liu &amp; Croft 2004, cluster-based retrieval): a
/// graph over the top N by term-vector cosine and whole-corpus nearest neighbours were measured too and did no better
/// (tests/Playbooks.Benchmarks/Quality/ROUNDS.md, eighth round), and a folder needs no stored vectors.
/// </summary>
public static class FolderSmoothing
{
    /// <summary>
    /// <paramref name="fused"/> (best first, ties by playbook number) re-scored and re-sorted the same way; unchanged
    /// when the share is 0 or the knowledge base has no folder structure (<see cref="FolderGroups.Grouped"/>).
    /// </summary>
    /// <remarks>
    /// The browser's ranker repeats this arithmetic step for step (assets/search.js, folderSmoothing): each folder's
    /// best scores are summed in the fused order, and the mix is computed as written here, so both give the same doubles.
    /// </remarks>
    public static List<(long RowId, double Score)> Apply(RankingIndex index, List<(long RowId, double Score)> fused, RankingWeights weights)
    {
        if (FolderSums(index, fused, weights) is not { } best)
            return fused;
        var folders = index.Folders;
        var share = weights.FolderShare;
        var members = weights.FolderMembers;
        return fused
            .Select(x => (x.RowId, Score: (1 - share) * x.Score + share * best[folders[(int)x.RowId]].Sum / members))
            .OrderByDescending(x => x.Score).ThenBy(x => x.RowId)
            .ToList();
    }

    /// <summary>
    /// For <c>--explain</c>: each fused playbook's score before smoothing and its folder's part of the smoothed score, by
    /// playbook number; null when <see cref="Apply"/> leaves the ranking as fused.
    /// </summary>
    public static Dictionary<int, FolderContribution>? Parts(RankingIndex index, List<(long RowId, double Score)> fused, RankingWeights weights)
    {
        if (FolderSums(index, fused, weights) is not { } best)
            return null;
        var parts = new Dictionary<int, FolderContribution>();
        foreach (var (row, score) in fused)
        {
            var mean = best[index.Folders[(int)row]].Sum / weights.FolderMembers;
            parts[(int)row] = new FolderContribution(Math.Round(score, 4), Math.Round(mean, 4), weights.FolderShare, weights.FolderMembers,
                Math.Round(weights.FolderShare * mean, 4));
        }
        return parts;
    }

    /// <summary>Per folder, the sum and count of its best scores in <paramref name="fused"/>; null when smoothing does not apply.</summary>
    private static Dictionary<int, (double Sum, int Count)>? FolderSums(RankingIndex index, List<(long RowId, double Score)> fused, RankingWeights weights)
    {
        var folders = index.Folders;
        var members = weights.FolderMembers;
        if (weights.FolderShare <= 0 || members < 1 || !folders.Grouped || fused.Count == 0)
            return null;
        var best = new Dictionary<int, (double Sum, int Count)>();
        foreach (var (row, score) in fused)
        {
            var folder = folders[(int)row];
            var (sum, count) = best.GetValueOrDefault(folder);
            if (count < members)
                best[folder] = (sum + score, count + 1);
        }
        return best;
    }
}

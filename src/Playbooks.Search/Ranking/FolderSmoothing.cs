using Playbooks.Search.Postings;

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
/// (README, eighth round), and a folder needs no stored vectors.
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
        var folders = index.Folders;
        var share = weights.FolderShare;
        var members = weights.FolderMembers;
        if (share <= 0 || members < 1 || !folders.Grouped || fused.Count == 0)
            return fused;
        var best = new Dictionary<int, (double Sum, int Count)>();
        foreach (var (row, score) in fused)
        {
            var folder = folders[(int)row];
            var (sum, count) = best.GetValueOrDefault(folder);
            if (count < members)
                best[folder] = (sum + score, count + 1);
        }
        return fused
            .Select(x => (x.RowId, Score: (1 - share) * x.Score + share * best[folders[(int)x.RowId]].Sum / members))
            .OrderByDescending(x => x.Score).ThenBy(x => x.RowId)
            .ToList();
    }
}

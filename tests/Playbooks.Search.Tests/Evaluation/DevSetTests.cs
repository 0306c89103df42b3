using Playbooks.Search.Evaluation;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Evaluation;

/// <summary>
/// The product's quality targets on the real labelled dev set (shared/dev-queries.tsv beside the repository)
/// against the bundled playbooks. Skipped where the dev set is not present.
/// </summary>
public sealed class DevSetTests(ITestOutputHelper output)
{
    public const double TargetMrr10 = 0.90;
    public const double TargetRecallAt3 = 0.97;

    [Fact]
    public void Bundled_playbooks_meet_the_ranking_targets_on_the_dev_set()
    {
        if (!File.Exists(RepositoryPaths.DevQueries))
            Assert.Skip($"no dev query set at {RepositoryPaths.DevQueries} (it lives in shared/, beside the repository)");
        var queries = QuerySet.Load(RepositoryPaths.DevQueries);
        using var index = new TempKnowledgeBase(); // only its folder is used, for the index file
        using var engine = SearchEngine.Open(RepositoryPaths.Playbooks, index.IndexPath, clock: FixedClock.Today);

        var report = Evaluator.Run(queries, q => engine.Search(q, Evaluator.Depth).Results.Select(r => r.Id).ToList());

        var summary = $"{report.Queries} queries: MRR@10 {report.Mrr10:F4}, Recall@1 {report.RecallAt1:F4}, Recall@3 {report.RecallAt3:F4}, " +
            $"Recall@5 {report.RecallAt5:F4}, nDCG@10 {report.Ndcg10:F4}";
        var misses = string.Join("\n", report.Outcomes.Where(o => o.IsMiss).Select(o =>
            $"  {o.Query.Id} {o.Query.Text} → expected {string.Join(",", o.Query.Relevant.Keys)}, " +
            $"first relevant at {(o.FirstRelevantRank == 0 ? "none" : o.FirstRelevantRank.ToString())}; got {string.Join(",", o.Ranked.Take(3))}"));
        output.WriteLine(summary);
        output.WriteLine(misses);
        Assert.True(report.Mrr10 >= TargetMrr10 && report.RecallAt3 >= TargetRecallAt3,
            $"targets MRR@10 ≥ {TargetMrr10}, Recall@3 ≥ {TargetRecallAt3}; {summary}\n{misses}");
    }
}

using Playbooks.Search.Evaluation;

namespace Playbooks.Search.Tests.Evaluation;

/// <summary>Each expected value is worked out by hand in the comment beside it.</summary>
public sealed class MetricsTests
{
    private static Dictionary<string, int> Grades(params (string Id, int Grade)[] grades) => grades.ToDictionary(g => g.Id, g => g.Grade);

    private static readonly string[] Ranked = ["a", "b", "c", "d", "e"];
    // c (grade 2) at rank 3, e (grade 1) at rank 5, z (grade 3) not retrieved.
    private static readonly Dictionary<string, int> Relevant = Grades(("c", 2), ("e", 1), ("z", 3));

    [Fact]
    public void Reciprocal_rank_is_one_over_the_rank_of_the_first_relevant_result()
    {
        Assert.Equal(1.0 / 3, Metrics.ReciprocalRank(Ranked, Relevant));
    }

    [Fact]
    public void Reciprocal_rank_ignores_results_past_the_cutoff()
    {
        var ranked = Enumerable.Range(1, 10).Select(i => $"x{i}").Append("c").ToList(); // c at rank 11

        Assert.Equal(0.0, Metrics.ReciprocalRank(ranked, Relevant, cutoff: 10));
        Assert.Equal(1.0 / 11, Metrics.ReciprocalRank(ranked, Relevant, cutoff: 11));
    }

    [Theory]
    [InlineData(1, 0.0)]
    [InlineData(2, 0.0)]
    [InlineData(3, 1.0)]
    [InlineData(5, 1.0)]
    public void Recall_at_k_is_whether_any_relevant_result_is_in_the_top_k(int k, double expected)
    {
        Assert.Equal(expected, Metrics.RecallAt(Ranked, Relevant, k));
    }

    [Fact]
    public void Ndcg_uses_two_to_the_grade_minus_one_as_gain()
    {
        // DCG   = (2²−1)/log₂4 + (2¹−1)/log₂6           = 1.5 + 0.386853 = 1.886853
        // IDCG  = (2³−1)/log₂2 + (2²−1)/log₂3 + (2¹−1)/log₂4 = 7 + 1.892789 + 0.5 = 9.392789
        // nDCG  = 1.886853 / 9.392789
        Assert.Equal(0.200883, Metrics.NdcgAt(Ranked, Relevant), precision: 6);
    }

    [Fact]
    public void Ndcg_is_one_for_the_ideal_order_and_zero_without_relevant_results()
    {
        Assert.Equal(1.0, Metrics.NdcgAt(["z", "c", "e"], Relevant), precision: 12);
        Assert.Equal(0.0, Metrics.NdcgAt(["a", "b"], Relevant));
        Assert.Equal(0.0, Metrics.NdcgAt(["a"], Grades()));
    }

    [Fact]
    public void Ndcg_rewards_the_higher_grade_first()
    {
        // Ideal: 3/log₂2 + 1/log₂3 = 3.630930; grade-1 first: 1/log₂2 + 3/log₂3 = 2.892789.
        var relevant = Grades(("p", 2), ("q", 1));

        Assert.Equal(1.0, Metrics.NdcgAt(["p", "q"], relevant), precision: 12);
        Assert.Equal(0.796708, Metrics.NdcgAt(["q", "p"], relevant), precision: 6);
    }

    [Fact]
    public void Evaluator_averages_the_metrics_over_the_queries()
    {
        LabelledQuery[] queries =
        [
            new("q1", "first", Grades(("a", 2)), 1),  // a at rank 1
            new("q2", "second", Grades(("b", 2)), 2), // b at rank 2
            new("q3", "third", Grades(("z", 2)), 3),  // z never retrieved
        ];

        var report = Evaluator.Run(queries, _ => Ranked);

        Assert.Equal(3, report.Queries);
        Assert.Equal(0.5, report.Mrr10);       // (1 + 1/2 + 0) / 3
        Assert.Equal(0.3333, report.RecallAt1); // 1/3, rounded to 4 places
        Assert.Equal(0.6667, report.RecallAt3);
        Assert.Equal(0.6667, report.RecallAt5);
        Assert.Equal(0.5436, report.Ndcg10);    // (1 + 1/log₂3 + 0) / 3
        Assert.Equal([1, 2, 0], report.Outcomes.Select(o => o.FirstRelevantRank));
        Assert.Equal([false, true, true], report.Outcomes.Select(o => o.IsMiss));
    }
}

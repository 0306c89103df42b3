namespace Playbooks.Search.Evaluation;

/// <summary>Per-query outcome: where the first relevant playbook landed and what ranked above it.</summary>
public sealed record QueryOutcome(LabelledQuery Query, IReadOnlyList<string> Ranked, double ReciprocalRank, double Ndcg)
{
    public int FirstRelevantRank => ReciprocalRank > 0 ? (int)Math.Round(1 / ReciprocalRank) : 0;
    public bool IsMiss => FirstRelevantRank != 1;
}

/// <summary>Averages over a query set.</summary>
public sealed record EvaluationReport(
    int Queries,
    double Mrr10,
    double RecallAt1,
    double RecallAt3,
    double RecallAt5,
    double Ndcg10,
    IReadOnlyList<QueryOutcome> Outcomes);

/// <summary>Runs a labelled query set through any ranking function and computes the metrics.</summary>
public static class Evaluator
{
    public const int Depth = 10;

    public static EvaluationReport Run(IReadOnlyList<LabelledQuery> queries, Func<string, IReadOnlyList<string>> rank)
    {
        var outcomes = queries.Select(q =>
        {
            var ranked = rank(q.Text).Take(Depth).ToList();
            return new QueryOutcome(q, ranked, Metrics.ReciprocalRank(ranked, q.Relevant, Depth), Metrics.NdcgAt(ranked, q.Relevant, Depth));
        }).ToList();
        double Mean(Func<QueryOutcome, double> f) => outcomes.Count == 0 ? 0 : Math.Round(outcomes.Average(f), 4);
        return new EvaluationReport(
            outcomes.Count,
            Mean(o => o.ReciprocalRank),
            Mean(o => Metrics.RecallAt(o.Ranked, o.Query.Relevant, 1)),
            Mean(o => Metrics.RecallAt(o.Ranked, o.Query.Relevant, 3)),
            Mean(o => Metrics.RecallAt(o.Ranked, o.Query.Relevant, 5)),
            Mean(o => o.Ndcg),
            outcomes);
    }
}

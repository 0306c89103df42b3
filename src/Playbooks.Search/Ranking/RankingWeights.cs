using Playbooks.Search.Indexing;

namespace Playbooks.Search.Ranking;

/// <summary>
/// Every ranking constant in one place. Column weights are bm25() multipliers per field, in
/// <see cref="IndexedFields.All"/> order. Operators describe symptoms, so the fields that describe symptoms
/// (title, tags, 风险源头, 激化情况) weigh most; 处理方法 and 复盘反思 describe our response, which users rarely
/// type; the body holds category and "how to tell apart" notes that mention neighbouring incidents.
/// Tuned on the dev query set with `playbooks eval` (see README for the figures).
/// </summary>
public sealed record RankingWeights
{
    //                                            title tags  backg risk  escal handl retro body
    public IReadOnlyList<double> Words { get; init; } = [6.0, 5.0, 2.0, 4.0, 3.5, 1.2, 0.8, 0.3];
    public IReadOnlyList<double> Bigrams { get; init; } = [4.0, 3.0, 1.5, 3.0, 2.5, 0.8, 0.5, 0.2];

    /// <summary>Share of the fused score from the word representation; the rest comes from bigrams.</summary>
    public double WordShare { get; init; } = 0.6;

    /// <summary>Candidates fetched from each representation before fusion (per requested result, and at least).</summary>
    public int CandidatesPerResult { get; init; } = 10;
    public int MinCandidates { get; init; } = 100;

    /// <summary>Query terms beyond these counts are ignored: a pasted essay must not turn into a 10 000-term OR.</summary>
    public int MaxWordTerms { get; init; } = 64;
    public int MaxBigramTerms { get; init; } = 128;

    public static RankingWeights Default { get; } = new();
}

namespace Playbooks.Search.Evaluation;

/// <summary>
/// Standard ranking metrics for one query. A result is relevant when its grade is ≥ 1 (trec_eval's default);
/// nDCG uses the grades themselves as gains (2^grade − 1).
/// </summary>
public static class Metrics
{
    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> relevant, int cutoff = 10)
    {
        for (var i = 0; i < Math.Min(cutoff, ranked.Count); i++)
            if (relevant.ContainsKey(ranked[i]))
                return 1.0 / (i + 1);
        return 0;
    }

    /// <summary>1 when any relevant playbook is in the top <paramref name="k"/>, else 0 (success@k).</summary>
    public static double RecallAt(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> relevant, int k) =>
        ranked.Take(k).Any(relevant.ContainsKey) ? 1 : 0;

    public static double NdcgAt(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> relevant, int k = 10)
    {
        double Gain(int grade) => Math.Pow(2, grade) - 1;
        var dcg = 0.0;
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
            if (relevant.TryGetValue(ranked[i], out var grade))
                dcg += Gain(grade) / Math.Log2(i + 2);
        var ideal = relevant.Values.OrderByDescending(g => g).Take(k).Select((g, i) => Gain(g) / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }
}

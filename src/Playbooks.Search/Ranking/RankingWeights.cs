using Playbooks.Search.Documents;

namespace Playbooks.Search.Ranking;

/// <summary>
/// Every ranking constant in one place. Column weights multiply term frequencies per field, in
/// <see cref="IndexedFields.All"/> order. Operators describe symptoms, so the fields that name or describe
/// symptoms (title, tags, 风险源头, 激化情况) weigh most; 处理方法 and 复盘反思 describe our response, which users
/// rarely type. The body (category and the "如何区分" notes, which restate this incident's defining signals next
/// to its neighbours') counts like the background.
/// Tuned with `playbooks eval` on two sets together: the dev set and the team's blind set
/// (tests/queries/team-queries.tsv); moderate contrasts generalised better than steep ones on both. Tags weigh a
/// little less than titles: another team's playbooks carry few tags, and one accidental tag bigram (群里刷屏问 → 里刷)
/// decided short queries; 1.5 and 2.0 tie on both tuning sets. Checked, never tuned, on a second team's corpus
/// (README, "Queries as operators type them").
/// </summary>
public sealed record RankingWeights
{
    //                                            title tags  backg risk  escal handl retro body
    public IReadOnlyList<double> Words { get; init; } = [2.0, 1.5, 1.0, 1.5, 1.5, 0.7, 0.5, 1.0];
    public IReadOnlyList<double> Bigrams { get; init; } = [2.0, 1.5, 1.0, 1.5, 1.5, 0.7, 0.5, 1.0];
    public IReadOnlyList<double> Pinyin { get; init; } = [2.0, 1.5, 1.0, 1.5, 1.5, 0.7, 0.5, 1.0];

    /// <summary>Shares of the fused score from each representation (they need not sum to 1; only ratios matter).</summary>
    public double WordShare { get; init; } = 0.6;
    public double BigramShare { get; init; } = 0.4;
    /// <summary>
    /// Pinyin is consulted only for bigrams absent from the knowledge base (likely typos). Kept small: on both
    /// query sets a larger share let common homophones (截图 is everywhere) outvote the other evidence.
    /// </summary>
    public double PinyinShare { get; init; } = 0.2;

    /// <summary>
    /// How much a likely typo's sound-alike bigrams (退宽 → tuikuan → 退款) also count in the bigram representation,
    /// as the bigram the operator meant: in the pinyin list alone, one corrected word of a sentence was outvoted by its
    /// correctly typed neighbours. 1 counts it as if typed right; measured on the dev and team sets (no change) and
    /// checked on the second corpus (+0.003 MRR@10).
    /// </summary>
    public double CorrectedSpellingWeight { get; init; } = 1.0;

    /// <summary>
    /// Query-term weight of a single Han character word (群, 回, 图). Single characters are what ICU leaves when
    /// it cannot place a word (typos, names, rare compounds): informative sometimes, noise often.
    /// </summary>
    public double SingleCharacterWeight { get; init; } = 0.4;

    /// <summary>
    /// Query-term weight of a bigram that only straddles two of the query's words (群里|刷屏 → 里刷). In a short query
    /// one such rare bigram, matching a tag by chance, outweighed every real word (see <c>QueryTerms.StraddlingBigrams</c>).
    /// </summary>
    public double StraddlingBigramWeight { get; init; } = 0.5;

    /// <summary>
    /// How much a playbook's folder counts in its score (<see cref="FolderSmoothing"/>): α in
    /// s' = (1 − α)·s + α·mean of the folder's best <see cref="FolderMembers"/> scores. Measured on the four tuning sets
    /// at 0.05–0.3 with 1–5 members; 0.05–0.15 with 2–5 members is a plateau (tests/Playbooks.Benchmarks/Quality/ROUNDS.md, eighth round); from 0.2 the dev set
    /// loses a query, and one member (the folder's best alone) helps nothing.
    /// </summary>
    public double FolderShare { get; init; } = 0.1;

    public int FolderMembers { get; init; } = 3;

    /// <summary>Candidates fetched from each representation before fusion (per requested result, and at least).</summary>
    public int CandidatesPerResult { get; init; } = 10;
    public int MinCandidates { get; init; } = 100;

    /// <summary>Query terms beyond these counts are ignored: a pasted essay must not turn into a 10 000-term OR.</summary>
    public int MaxWordTerms { get; init; } = 64;
    public int MaxBigramTerms { get; init; } = 128;

    public static RankingWeights Default { get; } = new();
}

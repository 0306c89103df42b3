using System.Text.Json.Serialization;

namespace Playbooks.Search.Querying;

/// <summary>
/// What a search does with a query's terms after analysis, for <c>playbooks analyze</c>: the terms it counts for less
/// than a full word, and what it looks up by sound in this knowledge base. Together with <see cref="AnalysisPreview"/>
/// it answers "why did my query find that?" without reading the ranker.
/// </summary>
public sealed record QueryReading(IReadOnlyList<ReducedTerm> Reduced, IReadOnlyList<SoundLookup> SoundLookups)
{
    /// <param name="singleCharacterWeight">Ranking's weight of a single-character word (RankingWeights).</param>
    /// <param name="straddlingBigramWeight">Ranking's weight of a bigram straddling two words (RankingWeights).</param>
    public static QueryReading Of(QueryTerms terms, double singleCharacterWeight, double straddlingBigramWeight, IReadOnlyList<SoundLookup> lookups)
    {
        var reduced = new List<ReducedTerm>();
        if (singleCharacterWeight != 1.0)
            reduced.AddRange(terms.Words.Where(w => w.Length == 1)
                .Select(w => new ReducedTerm(w, ReductionReason.SingleCharacter, singleCharacterWeight)));
        if (straddlingBigramWeight != 1.0)
            reduced.AddRange(terms.Bigrams.Where(terms.StraddlingBigrams.Contains)
                .Select(b => new ReducedTerm(b, ReductionReason.StraddlingBigram, straddlingBigramWeight)));
        return new QueryReading(reduced, lookups);
    }
}

/// <summary>Why a term counts for less (in JSON: <c>single-character</c>, <c>straddling-bigram</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReductionReason>))]
public enum ReductionReason
{
    /// <summary>A single Han character left by segmentation: informative sometimes, noise often.</summary>
    [JsonStringEnumMemberName("single-character")]
    SingleCharacter,
    /// <summary>A bigram that only straddles two of the query's words (群里|刷屏 → 里刷).</summary>
    [JsonStringEnumMemberName("straddling-bigram")]
    StraddlingBigram,
}

/// <summary>A query term counted with <paramref name="Weight"/> instead of 1.</summary>
public sealed record ReducedTerm(string Term, ReductionReason Reason, double Weight);

/// <summary>
/// A likely typo (退宽) or a Latin word that may be pinyin (kuaidi), looked up by its spelling <paramref name="Pinyin"/>:
/// <paramref name="Matches"/> are the knowledge base's bigrams spelled the same way (退款), empty when it has none.
/// </summary>
public sealed record SoundLookup(string From, string Pinyin, IReadOnlyList<string> Matches);

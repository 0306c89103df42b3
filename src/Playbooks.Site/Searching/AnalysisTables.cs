using Playbooks.Search.Analysis;

namespace Playbooks.Site.Searching;

/// <summary>
/// The character tables shipped to the browser (<see cref="CharacterTables"/>), computed once per build for both forms
/// of the search data, and the browser's own spelling of a bigram with them.
/// </summary>
internal sealed class AnalysisTables
{
    private readonly Dictionary<char, string> _readings = [];

    private AnalysisTables(string traditionalToSimplified, SortedDictionary<string, string> pinyin)
    {
        TraditionalToSimplified = traditionalToSimplified;
        Pinyin = pinyin;
        foreach (var (syllable, characters) in pinyin)
            foreach (var c in characters)
                _readings[c] = syllable;
    }

    /// <summary>Pairs "繁简繁简…" (<see cref="CharacterTables.TraditionalToSimplified"/>).</summary>
    public string TraditionalToSimplified { get; }

    /// <summary>Syllable → characters (<see cref="CharacterTables.Pinyin"/>).</summary>
    public SortedDictionary<string, string> Pinyin { get; }

    public static AnalysisTables For(TermIndex index, TextNormalizer normalizer) =>
        new(CharacterTables.TraditionalToSimplified(normalizer), CharacterTables.Pinyin(index.Grams.Postings.Keys.SelectMany(g => g)));

    /// <summary>
    /// A bigram (or single Han character) spelled as <c>search.js</c>'s <c>spell</c> spells it, from the shipped table
    /// (a character without a reading stands for itself). Grams are sharded by this spelling, so the browser finds a
    /// typo's sound-alike bigrams in the shard it computes itself.
    /// </summary>
    public string Spell(string gram) => gram.Length switch
    {
        1 => Reading(gram[0]),
        2 => Reading(gram[0]) + Reading(gram[1]),
        _ => gram,
    };

    private string Reading(char c) => _readings.TryGetValue(c, out var syllable) ? syllable : c.ToString();
}

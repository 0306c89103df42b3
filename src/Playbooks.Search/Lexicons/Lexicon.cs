using Playbooks.Core.Diagnostics;
using Playbooks.Search.Analysis;

namespace Playbooks.Search.Lexicons;

/// <summary>
/// The domain vocabulary (the built-in base lexicon with the knowledge base's <c>lexicon/</c> on top): words to keep
/// whole, synonym groups folded to a canonical term, stop words, and Chinese glosses of common English words. Entries are stored normalised (Simplified, lower-case, half-width).
/// </summary>
public sealed class Lexicon
{
    public IReadOnlySet<string> Words { get; }
    /// <summary>Maps every non-canonical synonym to its group's canonical term.</summary>
    public IReadOnlyDictionary<string, string> Canonical { get; }
    public IReadOnlyList<IReadOnlyList<string>> SynonymGroups { get; }
    /// <summary>Canonical term → its whole group (canonical first).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> GroupsByCanonical { get; }
    public IReadOnlySet<string> StopWords { get; }
    /// <summary>English word (lower-case) → the Chinese words it stands for (refund → 退款); see <c>EnglishGlossary</c>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> English { get; }
    public int MaxWordLength { get; }
    /// <summary>Hash of the lexicon files and the analyzer version: any change re-indexes everything.</summary>
    public string Fingerprint { get; }
    /// <summary>Problems found while reading the files (duplicates, conflicts); never fatal.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    public Lexicon(IReadOnlySet<string> words, IReadOnlyList<IReadOnlyList<string>> synonymGroups, IReadOnlySet<string> stopWords,
        string fingerprint, IReadOnlyList<Finding>? findings = null, IReadOnlyDictionary<string, IReadOnlyList<string>>? english = null)
    {
        English = english ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        SynonymGroups = synonymGroups;
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in synonymGroups)
            foreach (var word in group.Skip(1))
                canonical.TryAdd(word, group[0]);
        Canonical = canonical;
        GroupsByCanonical = synonymGroups.GroupBy(g => g[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        // Every synonym must survive segmentation whole, or it could never be folded.
        var all = new HashSet<string>(words, StringComparer.Ordinal);
        foreach (var group in synonymGroups)
            all.UnionWith(group);
        // So are the glosses (a text must say 封禁 as one word to meet the gloss of "ban"), and English words written
        // with Han (vip群), which only whole-token joining can rebuild.
        foreach (var (word, glosses) in English)
        {
            all.UnionWith(glosses.Where(g => g.Length >= 2));
            if (word.Any(CharClass.IsHan))
                all.Add(word);
        }
        Words = all;
        StopWords = stopWords;
        MaxWordLength = all.Count == 0 ? 0 : all.Max(w => w.Length);
        Fingerprint = fingerprint;
        Findings = findings ?? [];
    }

    /// <summary>
    /// Words learned from the knowledge base's own files (<see cref="Vocabulary.VocabularyLearner"/>); a subset of
    /// <see cref="Words"/>, kept apart so <c>playbooks analyze</c> can say where a word came from.
    /// </summary>
    public IReadOnlySet<string> Learned { get; private init; } = new HashSet<string>();

    /// <summary>
    /// This lexicon plus <paramref name="learned"/> as words to keep whole. The fingerprint stays that of the files:
    /// learned words are tracked by the index on their own, so a change re-analyses only the playbooks containing it.
    /// </summary>
    public Lexicon WithLearned(IReadOnlyCollection<string> learned)
    {
        if (learned.Count == 0 && Learned.Count == 0)
            return this;
        var fromFiles = Words.Where(w => !Learned.Contains(w));
        var added = learned.Where(w => !Words.Contains(w) || Learned.Contains(w)).ToHashSet(StringComparer.Ordinal);
        var words = new HashSet<string>(fromFiles, StringComparer.Ordinal);
        words.ExceptWith(SynonymGroups.SelectMany(g => g));
        words.UnionWith(added);
        return new Lexicon(words, SynonymGroups, StopWords, Fingerprint, Findings, English) { Learned = added };
    }

    public static Lexicon Empty { get; } = new(new HashSet<string>(), [], new HashSet<string>(), "empty");
}

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

    public static Lexicon Empty { get; } = new(new HashSet<string>(), [], new HashSet<string>(), "empty");
}

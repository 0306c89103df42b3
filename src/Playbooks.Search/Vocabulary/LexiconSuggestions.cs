using System.Text.RegularExpressions;
using Playbooks.Core.Model;
using Playbooks.Search.Analysis;
using Playbooks.Search.Documents;

namespace Playbooks.Search.Vocabulary;

/// <summary>One line of a playbook file that shows a suggestion in use.</summary>
public sealed record Evidence(string Path, int Line, string Text);

/// <summary>A word worth adding to <c>lexicon/words.txt</c>, with why it was learned and where it occurs.</summary>
public sealed record WordSuggestion(string Word, WordSource Source,
    int Count, int Documents, double Cohesion, double Entropy, IReadOnlyList<Evidence> Examples);

/// <summary>
/// A synonym group worth adding to <c>lexicon/synonyms.txt</c> (canonical first), with the reason (<c>side-by-side</c>:
/// written as 中文（English） or English（中文）; <c>tag-variants</c>: tags of the same length that differ in one character)
/// and where it occurs.
/// </summary>
public sealed record SynonymSuggestion(IReadOnlyList<string> Words, string Reason, int Count, IReadOnlyList<Evidence> Examples);

public sealed record LexiconSuggestions(IReadOnlyList<WordSuggestion> Words, IReadOnlyList<SynonymSuggestion> Synonyms);

/// <summary>A playbook with the lines of its file, for evidence.</summary>
public sealed record SourcePlaybook(Playbook Playbook, IReadOnlyList<string> Lines);

/// <summary>
/// <c>playbooks lexicon suggest</c>: what a lead could accept into the lexicon files. Words are what
/// <see cref="VocabularyLearner"/> learns (search already uses them; accepting one makes it permanent and shared).
/// Synonym candidates come from two signals that say "these mean the same" rather than "these are related":
/// a term glossed in the other language right beside it (SKU（商品规格）, 退款（refund）), and tags written as
/// variants of each other (价格写错 / 价格设错: same length, one character apart). Co-occurring tags were tried in
/// thought and left out: tags listed together (刷屏, 炸群) are usually related symptoms, not synonyms.
/// </summary>
public static partial class LexiconSuggester
{
    /// <summary>Example lines shown per suggestion.</summary>
    public const int MaxExamples = 3;

    public static LexiconSuggestions Suggest(IReadOnlyList<SourcePlaybook> sources, Analyzer analyzer)
    {
        var playbooks = sources.Where(s => s.Playbook.Kind == PlaybookKind.Playbook).ToList();
        var learned = VocabularyLearner.Learn(playbooks.Select(s => FieldExtractor.Extract(s.Playbook, s.Playbook.Path)), analyzer);
        var normalizer = analyzer.Normalizer;
        var lines = playbooks.SelectMany(s => s.Lines.Select((text, i) => new Evidence(s.Playbook.Path, i + 1, text.Trim())))
            .Select(e => (Evidence: e, Normalized: normalizer.Normalize(e.Text).Text)).ToList();

        var words = learned
            .Select(w => new WordSuggestion(w.Word, w.Source, w.Count, w.Documents, w.Cohesion, w.Entropy,
                lines.Where(l => l.Normalized.Contains(w.Word, StringComparison.Ordinal)).Take(MaxExamples).Select(l => l.Evidence).ToList()))
            .ToList();

        var synonyms = new Dictionary<string, (string[] Words, string Reason, List<Evidence> Where)>(StringComparer.Ordinal);
        foreach (var (evidence, normalized) in lines)
            foreach (var (english, chinese) in SideBySide(normalized))
                Add([chinese, english], "side-by-side", evidence);
        var tags = playbooks.SelectMany(s => s.Playbook.Tags.Select(t => (Tag: normalizer.NormalizeTerm(t), s.Playbook)))
            .GroupBy(t => t.Tag, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(t => t.Playbook).ToList(), StringComparer.Ordinal);
        var distinct = tags.Keys.Where(t => t.Length >= 3 && CharClass.AllHan(t)).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < distinct.Count; i++)
            for (var j = i + 1; j < distinct.Count; j++)
                if (OneApart(distinct[i], distinct[j]))
                    foreach (var tag in new[] { distinct[i], distinct[j] })
                        foreach (var playbook in tags[tag])
                            Add([distinct[i], distinct[j]], "tag-variants", TagLine(sources, playbook, tag));

        return new LexiconSuggestions(words, synonyms.Values
            .Select(s => new SynonymSuggestion(s.Words, s.Reason, s.Where.Count, s.Where.Take(MaxExamples).ToList()))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Words[0], StringComparer.Ordinal).ToList());

        void Add(string[] group, string reason, Evidence evidence)
        {
            var key = string.Join("\n", group);
            if (!synonyms.TryGetValue(key, out var entry))
                synonyms[key] = entry = (group, reason, []);
            if (!entry.Where.Contains(evidence))
                entry.Where.Add(evidence);
        }
    }

    /// <summary>English–Chinese pairs written as a gloss: SKU（商品规格）, 商品规格（sku）. Text is normalised (half-width brackets).</summary>
    public static IEnumerable<(string English, string Chinese)> SideBySide(string normalized)
    {
        foreach (Match m in LatinThenHan().Matches(normalized))
            yield return (m.Groups[1].Value.Trim(), m.Groups[2].Value);
        foreach (Match m in HanThenLatin().Matches(normalized))
            yield return (m.Groups[2].Value.Trim(), m.Groups[1].Value);
    }

    private static bool OneApart(string a, string b)
    {
        if (a.Length != b.Length)
            return false;
        var differences = 0;
        for (var i = 0; i < a.Length && differences < 2; i++)
            if (a[i] != b[i])
                differences++;
        return differences == 1;
    }

    private static Evidence TagLine(IReadOnlyList<SourcePlaybook> sources, Playbook playbook, string tag)
    {
        var lines = sources.First(s => ReferenceEquals(s.Playbook, playbook)).Lines;
        for (var i = 0; i < lines.Count; i++)
            if (lines[i].TrimStart().StartsWith("tags", StringComparison.OrdinalIgnoreCase))
                return new Evidence(playbook.Path, i + 1, lines[i].Trim());
        return new Evidence(playbook.Path, 1, tag);
    }

    // A Latin term of 2–20 characters (letters, digits, + and .) glossed by a whole run of 2–6 Han characters, or the
    // reverse. Hyphens are left out on purpose: 错价超卖预案（price-error-oversold） is a playbook id, not a synonym.
    [GeneratedRegex(@"(?<![a-z0-9])([a-z][a-z0-9+.]{1,19})\s*\(\s*(\p{IsCJKUnifiedIdeographs}{2,6})\s*\)")]
    private static partial Regex LatinThenHan();

    [GeneratedRegex(@"(?<!\p{IsCJKUnifiedIdeographs})(\p{IsCJKUnifiedIdeographs}{2,6})\s*\(\s*([a-z][a-z0-9+. ]{1,19}?)\s*\)")]
    private static partial Regex HanThenLatin();
}

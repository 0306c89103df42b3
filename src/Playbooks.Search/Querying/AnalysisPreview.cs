using System.Text.Json.Serialization;
using Playbooks.Search.Analysis;
using Playbooks.Search.Lexicons;

namespace Playbooks.Search.Querying;

/// <summary>Where a word of the analysis came from (in JSON: <c>segmenter</c>, <c>lexicon</c>, <c>learned</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WordOrigin>))]
public enum WordOrigin
{
    /// <summary>ICU's segmentation, unchanged.</summary>
    [JsonStringEnumMemberName("segmenter")]
    Segmenter,
    /// <summary>A word of the lexicon files (words.txt or synonyms.txt) kept whole.</summary>
    [JsonStringEnumMemberName("lexicon")]
    Lexicon,
    /// <summary>A word learned from the knowledge base's own files.</summary>
    [JsonStringEnumMemberName("learned")]
    Learned,
    /// <summary>The Chinese gloss of an English word of the text (ban → 封禁), from the lexicon's english.txt.</summary>
    [JsonStringEnumMemberName("english")]
    English,
}

/// <param name="Term">The indexed term (after synonym folding).</param>
/// <param name="Text">The word as cut from the normalised text (before folding).</param>
public sealed record PreviewWord(string Term, string Text, WordOrigin Origin, int Start, int End);

/// <summary>A synonym fold applied to one word: <paramref name="From"/> is indexed as <paramref name="To"/>.</summary>
public sealed record SynonymFold(string From, string To);

/// <summary>An English word of the text and one Chinese word it also counts as (ban → 封禁).</summary>
public sealed record EnglishGloss(string From, string To);

/// <summary>
/// How the analyzer sees one text, stage by stage, for <c>playbooks analyze</c> (the preview IK and jieba users ask
/// for): the normalised text, the words with their origin, the English glosses added, the stop words removed, the
/// synonym folds, the bigrams and their pinyin; with an index, also how a search reads it (<see cref="Query"/>).
/// Offsets are in <see cref="Normalized"/>.
/// </summary>
public sealed record AnalysisPreview(
    string Text,
    string Normalized,
    IReadOnlyList<PreviewWord> Words,
    IReadOnlyList<EnglishGloss> English,
    IReadOnlyList<string> StopWords,
    IReadOnlyList<SynonymFold> Synonyms,
    IReadOnlyList<string> Bigrams,
    IReadOnlyList<string> Pinyin)
{
    /// <summary>What a search does with the terms beyond analysis; null when no index was consulted.</summary>
    public QueryReading? Query { get; init; }

    public static AnalysisPreview Of(Analyzer analyzer, string text)
    {
        var trace = analyzer.Trace(text);
        var lexicon = analyzer.Lexicon;
        var kept = trace.Kept.Select(t => t.Start).ToHashSet();
        var glosses = Glosses(trace, lexicon);
        var words = trace.Kept.Zip(trace.Folded, (before, after) => new PreviewWord(after.Term, before.Term,
            glosses.Contains(before) ? WordOrigin.English
            : lexicon.Learned.Contains(before.Term) ? WordOrigin.Learned
            : lexicon.Words.Contains(before.Term) ? WordOrigin.Lexicon
            : WordOrigin.Segmenter, before.Start, before.End)).ToList();
        return new AnalysisPreview(
            text,
            trace.Normalized,
            words,
            glosses.Select(g => new EnglishGloss(trace.Normalized[g.Start..g.End], g.Term)).Distinct().ToList(),
            trace.Glossed.Where(t => !kept.Contains(t.Start)).Select(t => t.Term).Distinct().ToList(),
            words.Where(w => w.Term != w.Text).Select(w => new SynonymFold(w.Text, w.Term)).Distinct().ToList(),
            trace.Bigrams.Select(t => t.Term).ToList(),
            trace.Pinyin.Select(t => t.Term).ToList());
    }

    /// <summary>
    /// The tokens the English stage added: each stands at the offsets of the English word it glosses, so its term is
    /// not the text it covers, and the lexicon lists it as that word's gloss.
    /// </summary>
    private static HashSet<Token> Glosses(AnalysisTrace trace, Lexicon lexicon) =>
        trace.Glossed.Where(t =>
        {
            var covered = trace.Normalized[t.Start..t.End];
            return covered != t.Term && lexicon.English.TryGetValue(covered, out var chinese) && chinese.Contains(t.Term);
        }).ToHashSet();
}

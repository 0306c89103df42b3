using System.Text.Json.Serialization;

namespace Playbooks.Search.Analysis;

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
}

/// <param name="Term">The indexed term (after synonym folding).</param>
/// <param name="Text">The word as cut from the normalised text (before folding).</param>
public sealed record PreviewWord(string Term, string Text, WordOrigin Origin, int Start, int End);

/// <summary>A synonym fold applied to one word: <paramref name="From"/> is indexed as <paramref name="To"/>.</summary>
public sealed record SynonymFold(string From, string To);

/// <summary>
/// How the analyzer sees one text, stage by stage, for <c>playbooks analyze</c> (the preview IK and jieba users ask
/// for): the normalised text, the words with their origin, the stop words removed, the synonym folds, the bigrams and
/// their pinyin. Offsets are in <see cref="Normalized"/>.
/// </summary>
public sealed record AnalysisPreview(
    string Text,
    string Normalized,
    IReadOnlyList<PreviewWord> Words,
    IReadOnlyList<string> StopWords,
    IReadOnlyList<SynonymFold> Synonyms,
    IReadOnlyList<string> Bigrams,
    IReadOnlyList<string> Pinyin)
{
    public static AnalysisPreview Of(Analyzer analyzer, string text)
    {
        var trace = analyzer.Trace(text);
        var lexicon = analyzer.Lexicon;
        var kept = trace.Kept.Select(t => t.Start).ToHashSet();
        var words = trace.Kept.Zip(trace.Folded, (before, after) => new PreviewWord(after.Term, before.Term,
            lexicon.Learned.Contains(before.Term) ? WordOrigin.Learned
            : lexicon.Words.Contains(before.Term) ? WordOrigin.Lexicon
            : WordOrigin.Segmenter, before.Start, before.End)).ToList();
        return new AnalysisPreview(
            text,
            trace.Normalized,
            words,
            trace.Merged.Where(t => !kept.Contains(t.Start)).Select(t => t.Term).ToList(),
            words.Where(w => w.Term != w.Text).Select(w => new SynonymFold(w.Text, w.Term)).Distinct().ToList(),
            trace.Bigrams.Select(t => t.Term).ToList(),
            trace.Pinyin.Select(t => t.Term).ToList());
    }
}

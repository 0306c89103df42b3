using Playbooks.Core.Authoring;
using Playbooks.Search.Analysis;
using Playbooks.Search.Lexicons;

namespace Playbooks.Search.Authoring;

/// <summary>
/// Suggests an id from a title in pinyin: 群里有人冒充助教发名片 → <c>qun-maochong-zhujiao-fa</c>.
/// </summary>
/// <remarks>
/// Steps, reusing the search analysis stages: normalise (Traditional → Simplified, full-width → ASCII), ICU word
/// break re-cut by the knowledge base's lexicon so domain words stay one word (刷屏, 企业微信), drop the lexicon's
/// stop words and a few function words (的, 被, 突然, 有人 …, which say nothing in an id), spell each Han word in toneless pinyin with ICU's
/// "Han-Latin; Latin-ASCII" (<see cref="PinyinTable"/>, syllables of one word run together), then
/// <see cref="IdSlug"/> keeps the first few words. Synonyms are not folded: the id should read like the title.
/// Lives here rather than in Core because it needs ICU; see <see cref="IIdSuggester"/>. Thread-safe.
/// </remarks>
public sealed class PinyinIdSuggester : IIdSuggester, IDisposable
{
    // Function words dropped even when the knowledge base has no stopwords.txt: in an id they are only length.
    private static readonly HashSet<string> FunctionWords =
        ["的", "地", "得", "了", "着", "过", "在", "和", "与", "及", "或", "被", "把", "将", "对", "从", "向", "给", "让",
         "就", "都", "也", "又", "还", "很", "太", "吗", "呢", "吧", "啊"];

    private readonly IcuWordSegmenter _segmenter = new();
    private readonly LexiconMerger _merger;
    private readonly StopWordFilter _stopWords;

    /// <param name="lexicon">The knowledge base's lexicon (<see cref="LexiconLoader.Load"/>), or <see cref="Lexicon.Empty"/>.</param>
    public PinyinIdSuggester(Lexicon lexicon)
    {
        _merger = new LexiconMerger(lexicon.Words, lexicon.MaxWordLength);
        _stopWords = new StopWordFilter(new HashSet<string>(lexicon.StopWords.Concat(FunctionWords), StringComparer.Ordinal));
    }

    public string Suggest(string title)
    {
        var normalized = TextNormalizer.Shared.Normalize(title);
        var words = _stopWords.Filter(_merger.Merge(normalized.Text, _segmenter.Segment(normalized)));
        return IdSlug.FromWords(words.Select(w => Spell(w.Term)));
    }

    private static string Spell(string word) =>
        string.Concat(word.Select(c => CharClass.IsHan(c) ? PinyinTable.Shared.Of(c) : c.ToString()));

    public void Dispose() => _segmenter.Dispose();
}

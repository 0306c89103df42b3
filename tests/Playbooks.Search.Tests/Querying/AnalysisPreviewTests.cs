using Playbooks.Search.Analysis;
using Playbooks.Search.Lexicons;
using Playbooks.Search.Querying;

namespace Playbooks.Search.Tests.Querying;

public sealed class AnalysisPreviewTests : IDisposable
{
    private readonly Analyzer _analyzer = new(new Lexicon(
        new HashSet<string>(["刷屏"], StringComparer.Ordinal), [["封号", "封禁"], ["老师", "助教"]],
        new HashSet<string>(["里", "有人"], StringComparer.Ordinal), fingerprint: "test",
        english: new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["ban"] = ["封禁"] }).WithLearned(["乱码昵称"]));

    public void Dispose() => _analyzer.Dispose();

    [Fact]
    public void Says_where_each_word_came_from_and_what_the_other_stages_did()
    {
        var preview = AnalysisPreview.Of(_analyzer, "群裡有人冒充助教刷屏，乱码昵称");

        Assert.Equal("群里有人冒充助教刷屏,乱码昵称", preview.Normalized);
        Assert.Equal(
            ["群 segmenter", "冒充 segmenter", "老师←助教 lexicon", "刷屏 lexicon", "乱码昵称 learned"],
            preview.Words.Select(w => (w.Term == w.Text ? w.Term : $"{w.Term}←{w.Text}") + " " + w.Origin.ToString().ToLowerInvariant()));
        Assert.Equal(["里", "有人"], preview.StopWords);
        Assert.Equal([new SynonymFold("助教", "老师")], preview.Synonyms);
        Assert.Contains("里有", preview.Bigrams);
        Assert.Equal(preview.Bigrams.Count, preview.Pinyin.Count);
        Assert.Equal("qunli", preview.Pinyin[0]);
    }

    [Fact]
    public void Shows_the_chinese_an_english_word_also_counts_as()
    {
        var preview = AnalysisPreview.Of(_analyzer, "直播被 BAN 了");

        Assert.Equal([new EnglishGloss("ban", "封禁")], preview.English);
        Assert.Contains(preview.Words, w => w is { Text: "封禁", Term: "封号", Origin: WordOrigin.English });
        Assert.Contains(new SynonymFold("封禁", "封号"), preview.Synonyms);
    }

    [Theory]
    [InlineData("直播被 ban 了，群裡有人冒充助教刷屏")]
    [InlineData("乱码昵称的人在里面有人说话")]
    [InlineData("ban ban 封禁")]
    public void Lists_exactly_the_words_a_search_indexes(string text)
    {
        var preview = AnalysisPreview.Of(_analyzer, text);

        Assert.Equal(_analyzer.Words(text), preview.Words.Select(w => w.Term));
    }
}

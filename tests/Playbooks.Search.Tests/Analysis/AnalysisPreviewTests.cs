using Playbooks.Search.Analysis;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Analysis;

public sealed class AnalysisPreviewTests : IDisposable
{
    private readonly Analyzer _analyzer = new(TestLexicons.Build(
        words: ["刷屏"], synonymGroups: [["老师", "助教"]], stopWords: ["里", "有人"]).WithLearned(["乱码昵称"]));

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
}

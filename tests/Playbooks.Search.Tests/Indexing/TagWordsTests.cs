using Playbooks.Search.Analysis;
using Playbooks.Search.Documents;
using Playbooks.Search.Indexing;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Indexing;

/// <summary>A tag is indexed as its words: no bigram that straddles two of its words.</summary>
public sealed class TagWordsTests : IDisposable
{
    private readonly Analyzer _analyzer = new(TestLexicons.Build(words: ["刷屏"], synonymGroups: [], stopWords: ["里"]));

    public void Dispose() => _analyzer.Dispose();

    [Fact]
    public void Keeps_only_bigrams_inside_one_word_of_a_tag()
    {
        var tag = TagWords.KeepBigramsInsideWords(_analyzer.Analyze("群里刷屏问"));

        TokenAssert.Tokens(tag.Words, ("群", 0, 1), ("刷屏", 2, 4), ("问", 4, 5));
        TokenAssert.Tokens(tag.Bigrams, ("刷屏", 2, 4));
        Assert.Equal(["shuaping"], tag.Pinyin.Select(t => t.Term));
    }

    [Fact]
    public void Keeps_every_bigram_of_a_tag_that_is_one_word()
    {
        var tag = TagWords.KeepBigramsInsideWords(_analyzer.Analyze("刷屏 群里刷屏问"));

        TokenAssert.Tokens(tag.Bigrams, ("刷屏", 0, 2), ("刷屏", 5, 7));
    }

    [Fact]
    public void Indexes_cross_word_bigrams_of_running_text_but_not_of_tags()
    {
        var stored = new StoredPlaybook("outage", "服务宕机", "用户运营", null, ["群里刷屏问"], "outage.md", false,
            new Dictionary<string, string> { [IndexedFields.Tags] = "群里刷屏问", [IndexedFields.Background] = "群里刷屏问个不停" },
            []);

        var analysis = DocumentAnalysis.Of(stored, _analyzer);

        var tags = IndexedFields.All.ToList().IndexOf(IndexedFields.Tags);
        var background = IndexedFields.All.ToList().IndexOf(IndexedFields.Background);
        Assert.Equal(0, analysis.Grams.Counts["里刷"][tags]);
        Assert.Equal(1, analysis.Grams.Counts["里刷"][background]);
        Assert.Equal(2, analysis.Grams.Counts["刷屏"][tags] + analysis.Grams.Counts["刷屏"][background]);
    }
}

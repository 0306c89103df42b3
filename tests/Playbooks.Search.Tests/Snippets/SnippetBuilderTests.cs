using Playbooks.Search.Analysis;
using Playbooks.Search.Documents;
using Playbooks.Search.Querying;
using Playbooks.Search.Snippets;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Snippets;

public sealed class SnippetBuilderTests : IDisposable
{
    private readonly Analyzer _analyzer = new(TestLexicons.Build(words: ["刷屏"], synonymGroups: [["退费", "退钱", "退款"]], stopWords: ["的", "了"]));
    private readonly SnippetBuilder _builder = new(TextNormalizer.Shared);

    public void Dispose() => _analyzer.Dispose();

    private QueryTerms Query(string text) => QueryTerms.From(_analyzer.Analyze(text), _analyzer.Lexicon, maxWords: 64, maxBigrams: 128);

    private static StoredPlaybook Doc(string background = "", string risk = "", string escalation = "", string title = "标题", params string[] tags) =>
        new("doc", title, "社群运营", "中", tags, "doc.md", false, new Dictionary<string, string>
        {
            [IndexedFields.Background] = background,
            [IndexedFields.Risk] = risk,
            [IndexedFields.Escalation] = escalation,
        }, []);

    /// <summary>Each highlight as the text it marks, so a wrong offset shows as the wrong characters.</summary>
    private static string[] Marked(Snippet snippet) => snippet.Highlights.Select(h => snippet.Text.Substring(h[0], h[1])).ToArray();

    [Fact]
    public void Quotes_the_matched_sentence_and_marks_the_words()
    {
        var doc = Doc(background: "开课一周后学员接连要求退费。理由是课程太难。");

        var (snippets, coverage) = _builder.Build(doc, Query("学员要求退费"));

        var snippet = Assert.Single(snippets);
        Assert.Equal("背景", snippet.Section);
        Assert.Equal("开课一周后学员接连要求退费。", snippet.Text);
        Assert.Equal([[5, 2], [9, 2], [11, 2]], snippet.Highlights);
        Assert.Equal(["学员", "要求", "退费"], Marked(snippet));
        Assert.Equal(1.0, coverage);
    }

    [Fact]
    public void Marks_a_synonym_of_the_query_word_where_the_text_uses_it()
    {
        var doc = Doc(risk: "家长在群里说要退款。");

        var (snippets, _) = _builder.Build(doc, Query("退钱"));

        var snippet = Assert.Single(snippets);
        Assert.Equal("风险源头", snippet.Section);
        Assert.Equal(["退款"], Marked(snippet));
    }

    [Fact]
    public void Marks_traditional_text_for_a_simplified_query_at_its_own_offsets()
    {
        var doc = Doc(background: "😂加盟店老闆收到的貨外箱破了");

        var (snippets, _) = _builder.Build(doc, Query("老板收到货"));

        var snippet = Assert.Single(snippets);
        Assert.Equal([[5, 2], [7, 2], [10, 1]], snippet.Highlights);
        Assert.Equal(["老闆", "收到", "貨"], Marked(snippet));
    }

    [Fact]
    public void Marks_whole_source_characters_behind_full_width_text()
    {
        var doc = Doc(escalation: "ＡＰＰ闪退后有人刷屏。");

        var (snippets, _) = _builder.Build(doc, Query("app 刷屏"));

        Assert.Equal(["ＡＰＰ", "刷屏"], Marked(Assert.Single(snippets)));
    }

    [Fact]
    public void Cuts_a_long_sentence_around_its_first_match_and_shifts_the_marks()
    {
        var sentence = new string('甲', 70) + "刷屏" + new string('乙', 100) + "。";
        var doc = Doc(background: sentence);

        var (snippets, _) = _builder.Build(doc, Query("刷屏"));

        var snippet = Assert.Single(snippets);
        Assert.Equal("…" + sentence.Substring(50, SnippetBuilder.MaxSnippetLength) + "…", snippet.Text);
        Assert.Equal([[21, 2]], snippet.Highlights);
        Assert.Equal(["刷屏"], Marked(snippet));
    }

    [Fact]
    public void Adds_a_second_sentence_only_for_words_the_first_did_not_show()
    {
        var doc = Doc(risk: "群里有人刷屏。又有人刷屏。", escalation: "学员要求退费。");

        var (snippets, _) = _builder.Build(doc, Query("刷屏 退费"));

        Assert.Equal(["群里有人刷屏。", "学员要求退费。"], snippets.Select(s => s.Text));
        Assert.Equal(["风险源头", "激化情况"], snippets.Select(s => s.Section));
    }

    [Fact]
    public void Counts_title_and_tag_matches_for_coverage_without_quoting_them()
    {
        var doc = Doc(background: "学员要求退费。", title: "群里刷屏", tags: ["广告"]);

        var (snippets, coverage) = _builder.Build(doc, Query("刷屏 广告 退费 物流"));

        Assert.Equal(["学员要求退费。"], snippets.Select(s => s.Text));
        Assert.Equal(0.75, coverage);
    }
}

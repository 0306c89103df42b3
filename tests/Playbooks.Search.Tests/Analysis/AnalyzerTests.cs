using Playbooks.Search.Analysis;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Analysis;

/// <summary>The whole chain: every offset here is in the text as the user wrote it.</summary>
public sealed class AnalyzerTests : IDisposable
{
    private readonly Analyzer _analyzer = new(TestLexicons.Build(
        words: ["刷屏", "企业微信", "闪退", "翻车"],
        synonymGroups: [["退费", "退钱", "退款"]],
        stopWords: ["的", "了", "吗"]));

    public void Dispose() => _analyzer.Dispose();

    [Fact]
    public void Analyzes_mixed_chinese_and_latin()
    {
        var analyzed = _analyzer.Analyze("App 闪退了，KOL 翻车");

        TokenAssert.Tokens(analyzed.Words, ("app", 0, 3), ("闪退", 4, 6), ("kol", 8, 11), ("翻车", 12, 14));
        TokenAssert.Tokens(analyzed.Bigrams, ("闪退", 4, 6), ("退了", 5, 7), ("翻车", 12, 14));
    }

    [Fact]
    public void Analyzes_full_width_text_to_half_width_terms()
    {
        var analyzed = _analyzer.Analyze("ＡＰＰ１２３闪退");

        TokenAssert.Tokens(analyzed.Words, ("app123", 0, 6), ("闪退", 6, 8));
        TokenAssert.Tokens(analyzed.Bigrams, ("闪退", 6, 8));
    }

    [Fact]
    public void Analyzes_traditional_text_to_simplified_terms_at_the_original_offsets()
    {
        var analyzed = _analyzer.Analyze("加盟店老闆收到的貨外箱破了");

        TokenAssert.Tokens(analyzed.Words,
            ("加盟店", 0, 3), ("老板", 3, 5), ("收到", 5, 7), ("货", 8, 9), ("外", 9, 10), ("箱", 10, 11), ("破", 11, 12));
        TokenAssert.Tokens(analyzed.Bigrams,
            ("加盟", 0, 2), ("盟店", 1, 3), ("店老", 2, 4), ("老板", 3, 5), ("板收", 4, 6), ("收到", 5, 7), ("到的", 6, 8),
            ("的货", 7, 9), ("货外", 8, 10), ("外箱", 9, 11), ("箱破", 10, 12), ("破了", 11, 13));
    }

    [Fact]
    public void Maps_offsets_back_across_removed_and_expanded_characters()
    {
        // ﬁ becomes two characters, the zero-width space disappears, the emoji is dropped by segmentation.
        var analyzed = _analyzer.Analyze("ﬁx：企业\u200B微信里刷屏😂");

        TokenAssert.Tokens(analyzed.Words, ("fix", 0, 2), ("企业微信", 3, 8), ("里", 8, 9), ("刷屏", 9, 11));
    }

    [Fact]
    public void Gives_a_term_cut_from_an_expanded_character_that_whole_character()
    {
        // NFKC turns ㈱ into "(株)": the term 株 comes from the one source character ㈱.
        var analyzed = _analyzer.Analyze("㈱");

        TokenAssert.Tokens(analyzed.Words, ("株", 0, 1));
        TokenAssert.Tokens(analyzed.Bigrams, ("株", 0, 1));
    }

    [Fact]
    public void Folds_synonyms_after_dropping_stop_words()
    {
        var analyzed = _analyzer.Analyze("退钱了吗");

        TokenAssert.Tokens(analyzed.Words, ("退费", 0, 2));
        TokenAssert.Tokens(analyzed.Bigrams, ("退钱", 0, 2), ("钱了", 1, 3), ("了吗", 2, 4));
    }

    [Fact]
    public void Drops_emoji_and_control_characters()
    {
        var analyzed = _analyzer.Analyze("😂\u0007刷屏\u0000😂");

        TokenAssert.Tokens(analyzed.Words, ("刷屏", 3, 5));
        TokenAssert.Tokens(analyzed.Bigrams, ("刷屏", 3, 5));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData(" \t\n")]
    [InlineData("😂😂")]
    [InlineData("\u0001\u0002")]
    [InlineData("，。！？")]
    public void Produces_no_terms_for_text_without_words(string? text)
    {
        var analyzed = _analyzer.Analyze(text);

        TokenAssert.Tokens(analyzed.Words);
        TokenAssert.Tokens(analyzed.Bigrams);
    }

    [Fact]
    public void Without_a_lexicon_keeps_icu_cuts()
    {
        using var plain = Analyzer.WithoutLexicon();

        var analyzed = plain.Analyze("企业微信里刷屏了");

        TokenAssert.Tokens(analyzed.Words, ("企业", 0, 2), ("微", 2, 3), ("信里", 3, 5), ("刷", 5, 6), ("屏", 6, 7), ("了", 7, 8));
    }

    [Fact]
    public void Glosses_english_words_in_chinese_and_folds_the_gloss_like_any_word()
    {
        using var analyzer = new Analyzer(new Playbooks.Search.Lexicons.Lexicon(
            new HashSet<string>(StringComparer.Ordinal), [["封号", "封禁"]], new HashSet<string>(["了"], StringComparer.Ordinal), "test",
            english: new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["ban"] = ["封禁"] }));

        var analyzed = analyzer.Analyze("直播被BAN了");

        TokenAssert.Tokens(analyzed.Words, ("直播", 0, 2), ("被", 2, 3), ("ban", 3, 6), ("封号", 3, 6));
    }
}

using Playbooks.Search.Analysis;
using Playbooks.Search.Tests.Support;
using static Playbooks.Search.Tests.Analysis.AnalysisInputs;

namespace Playbooks.Search.Tests.Analysis;

/// <summary>The merger alone, fed the cuts ICU makes (written out here, so these tests do not depend on ICU's dictionary).</summary>
public sealed class LexiconMergerTests
{
    private static LexiconMerger Merger(params string[] words) =>
        new(new HashSet<string>(words, StringComparer.Ordinal), words.Length == 0 ? 0 : words.Max(w => w.Length));

    [Fact]
    public void Keeps_domain_words_whole()
    {
        // ICU: 社|群|里|有人|刷|屏|,|微|信号|结|营
        var icu = Tokens(("社", 0, 1), ("群", 1, 2), ("里", 2, 3), ("有人", 3, 5), ("刷", 5, 6), ("屏", 6, 7),
            ("微", 8, 9), ("信号", 9, 11), ("结", 11, 12), ("营", 12, 13));

        var tokens = Merger("刷屏", "社群", "微信号", "结营").Merge("社群里有人刷屏,微信号结营", icu);

        TokenAssert.Tokens(tokens, ("社群", 0, 2), ("里", 2, 3), ("有人", 3, 5), ("刷屏", 5, 7), ("微信号", 8, 11), ("结营", 11, 13));
    }

    [Fact]
    public void Recuts_where_icu_cuts_straddle_a_domain_word()
    {
        var icu = Tokens(("企业", 0, 2), ("微", 2, 3), ("信里", 3, 5));

        var tokens = Merger("企业微信").Merge("企业微信里", icu);

        TokenAssert.Tokens(tokens, ("企业微信", 0, 4), ("里", 4, 5));
    }

    [Fact]
    public void Does_not_break_a_correct_icu_word_to_make_a_lexicon_word()
    {
        var icu = Tokens(("符合", 0, 2), ("规则", 2, 4));

        var tokens = Merger("合规").Merge("符合规则", icu);

        TokenAssert.Tokens(tokens, ("符合", 0, 2), ("规则", 2, 4));
    }

    [Fact]
    public void Prefers_the_longest_lexicon_word()
    {
        var icu = Tokens(("企业", 0, 2), ("微", 2, 3), ("信", 3, 4));

        var tokens = Merger("企业", "企业微信").Merge("企业微信", icu);

        TokenAssert.Tokens(tokens, ("企业微信", 0, 4));
    }

    [Fact]
    public void Never_joins_across_punctuation_or_latin()
    {
        var icu = Tokens(("刷", 0, 1), ("屏", 2, 3), ("app", 4, 7), ("刷", 7, 8), ("屏", 8, 9));

        var tokens = Merger("刷屏").Merge("刷,屏 app刷屏", icu);

        TokenAssert.Tokens(tokens, ("刷", 0, 1), ("屏", 2, 3), ("app", 4, 7), ("刷屏", 7, 9));
    }

    [Fact]
    public void Joins_mixed_script_lexicon_words_from_whole_tokens()
    {
        var icu = Tokens(("b", 0, 1), ("站", 1, 2), ("qq", 2, 4), ("群", 4, 5), ("up", 5, 7), ("主", 7, 8));

        var tokens = Merger("b站", "qq群").Merge("b站qq群up主", icu);

        TokenAssert.Tokens(tokens, ("b站", 0, 2), ("qq群", 2, 5), ("up", 5, 7), ("主", 7, 8));
    }

    [Fact]
    public void Ignores_single_character_lexicon_entries()
    {
        var icu = Tokens(("kol", 0, 3), ("群", 3, 4));

        var tokens = Merger("群").Merge("kol群", icu);

        TokenAssert.Tokens(tokens, ("kol", 0, 3), ("群", 3, 4));
    }

    [Fact]
    public void Returns_icu_tokens_unchanged_with_an_empty_lexicon()
    {
        var icu = Tokens(("刷", 0, 1), ("屏", 1, 2));

        var tokens = Merger().Merge("刷屏", icu);

        TokenAssert.Tokens(tokens, ("刷", 0, 1), ("屏", 1, 2));
    }

    [Fact]
    public void Returns_nothing_for_no_tokens()
    {
        var tokens = Merger("刷屏").Merge("", []);

        TokenAssert.Tokens(tokens);
    }
}

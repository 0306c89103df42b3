using Playbooks.Search.Analysis;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Analysis;

public sealed class TextNormalizerTests
{
    private static NormalizedText Normalize(string text) => TextNormalizer.Shared.Normalize(text);

    /// <summary>
    /// The normaliser's output seen as tokens: one per source character that produced anything, holding what it
    /// became and the source range it came from. This is exactly the offset map snippets rely on.
    /// </summary>
    private static IEnumerable<Token> SourceCharacters(NormalizedText normalized) =>
        Enumerable.Range(0, normalized.Text.Length)
            .GroupBy(normalized.SourceOffset)
            .Select(g => new Token(string.Concat(g.Select(i => normalized.Text[i])), g.Key, g.Key + 1));

    [Fact]
    public void Folds_full_width_letters_and_digits_to_lower_case_half_width()
    {
        var normalized = Normalize("ＡＰＰ１２３");

        Assert.Equal("app123", normalized.Text);
        TokenAssert.Tokens(SourceCharacters(normalized), ("a", 0, 1), ("p", 1, 2), ("p", 2, 3), ("1", 3, 4), ("2", 4, 5), ("3", 5, 6));
    }

    [Fact]
    public void Lower_cases_latin_and_folds_full_width_punctuation_in_mixed_text()
    {
        var normalized = Normalize("App 闪退了，KOL 翻车");

        Assert.Equal("app 闪退了,kol 翻车", normalized.Text);
        TokenAssert.Tokens(SourceCharacters(normalized).Where(t => t.Start is >= 6 and <= 9),
            ("了", 6, 7), (",", 7, 8), ("k", 8, 9), ("o", 9, 10));
    }

    [Fact]
    public void Converts_traditional_characters_to_simplified_in_place()
    {
        var normalized = Normalize("加盟店老闆收到的貨外箱破了");

        Assert.Equal("加盟店老板收到的货外箱破了", normalized.Text);
        TokenAssert.Tokens(SourceCharacters(normalized).Where(t => t.Start is 4 or 8), ("板", 4, 5), ("货", 8, 9));
    }

    [Fact]
    public void Turns_control_characters_into_spaces()
    {
        var normalized = Normalize("群里\u0007刷屏\t广告\u0000");

        Assert.Equal("群里 刷屏 广告 ", normalized.Text);
        TokenAssert.Tokens(SourceCharacters(normalized).Where(t => t.Term == " "), (" ", 2, 3), (" ", 5, 6), (" ", 8, 9));
    }

    [Theory]
    [InlineData('\uFFFE')]
    [InlineData('\uFFFF')]
    [InlineData('\uFDD0')]
    [InlineData('\uFDEF')]
    public void Turns_noncharacters_into_spaces_instead_of_failing(char noncharacter)
    {
        // Found by the random-query property test: .NET's NFKC throws on noncharacters, so a pasted U+FFFE broke search.
        var normalized = Normalize($"群里{noncharacter}刷屏");

        Assert.Equal("群里 刷屏", normalized.Text);
    }

    [Fact]
    public void Drops_zero_width_characters_and_maps_the_rest_to_their_own_source_offsets()
    {
        var normalized = Normalize("企业\u200B微信");

        Assert.Equal("企业微信", normalized.Text);
        TokenAssert.Tokens(SourceCharacters(normalized), ("企", 0, 1), ("业", 1, 2), ("微", 3, 4), ("信", 4, 5));
    }

    [Fact]
    public void Maps_every_piece_of_an_expanded_compatibility_character_to_that_character()
    {
        var normalized = Normalize("ﬁx ㈱");

        Assert.Equal("fix (株)", normalized.Text);
        TokenAssert.Tokens(SourceCharacters(normalized), ("fi", 0, 1), ("x", 1, 2), (" ", 2, 3), ("(株)", 3, 4));
    }

    [Fact]
    public void Passes_emoji_through_unchanged()
    {
        var normalized = Normalize("刷屏😂");

        Assert.Equal("刷屏😂", normalized.Text);
        TokenAssert.Tokens(SourceCharacters(normalized), ("刷", 0, 1), ("屏", 1, 2), ("\uD83D", 2, 3), ("\uDE02", 3, 4));
    }

    [Fact]
    public void Replaces_lone_surrogates_with_spaces()
    {
        var normalized = Normalize("a\uD800b\uDC00");

        Assert.Equal("a b ", normalized.Text);
    }

    [Fact]
    public void Maps_a_normalised_range_back_to_the_source_range_it_came_from()
    {
        var normalized = Normalize("ＫＯＬ 翻車");

        var token = normalized.ToSource(normalized.TokenAt(4, 6));

        Assert.Equal(new Token("翻车", 4, 6), token);
    }

    [Theory]
    [InlineData("ＫＯＬ 翻車", "kol 翻车")] // character for character
    [InlineData("㈱x\u200B翻車", "(株)x翻车")] // expanded and dropped characters
    public void Maps_every_offset_and_the_end_of_the_text_back_to_the_source(string source, string expected)
    {
        var normalized = Normalize(source);

        Assert.Equal(expected, normalized.Text);
        Assert.Equal(source.Length, normalized.SourceOffset(normalized.Text.Length));
        Assert.Equal(source.Length - 1, normalized.SourceOffset(normalized.Text.Length - 1));
        Assert.Equal(0, normalized.SourceOffset(0));
    }

    [Fact]
    public void Leaves_empty_input_empty()
    {
        var normalized = Normalize("");

        Assert.Equal("", normalized.Text);
        TokenAssert.Tokens(SourceCharacters(normalized));
    }

    [Fact]
    public void Normalises_a_lexicon_term_and_trims_it()
    {
        Assert.Equal("kol翻车", TextNormalizer.Shared.NormalizeTerm(" ＫＯＬ翻車\t"));
    }
}

using Playbooks.Search.Analysis;
using Playbooks.Search.Tests.Support;
using static Playbooks.Search.Tests.Analysis.AnalysisInputs;

namespace Playbooks.Search.Tests.Analysis;

public sealed class IcuWordSegmenterTests : IDisposable
{
    private readonly IcuWordSegmenter _segmenter = new();

    public void Dispose() => _segmenter.Dispose();

    [Fact]
    public void Splits_mixed_chinese_and_latin_into_words_without_spaces_or_punctuation()
    {
        var tokens = _segmenter.Segment(Identity("app 闪退了,kol 翻车"));

        TokenAssert.Tokens(tokens, ("app", 0, 3), ("闪", 4, 5), ("退", 5, 6), ("了", 6, 7), ("kol", 8, 11), ("翻", 12, 13), ("车", 13, 14));
    }

    [Fact]
    public void Keeps_letters_and_digits_of_one_word_together()
    {
        var tokens = _segmenter.Segment(Identity("app123"));

        TokenAssert.Tokens(tokens, ("app123", 0, 6));
    }

    [Fact]
    public void Cuts_simplified_text_with_its_dictionary()
    {
        var tokens = _segmenter.Segment(Identity("加盟店老板收到的货外箱破了"));

        TokenAssert.Tokens(tokens,
            ("加盟店", 0, 3), ("老板", 3, 5), ("收到", 5, 7), ("的", 7, 8), ("货", 8, 9), ("外", 9, 10), ("箱", 10, 11), ("破", 11, 12), ("了", 12, 13));
    }

    [Fact]
    public void Drops_emoji()
    {
        var tokens = _segmenter.Segment(Identity("群里刷屏😂😂广告"));

        TokenAssert.Tokens(tokens, ("群", 0, 1), ("里", 1, 2), ("刷", 2, 3), ("屏", 3, 4), ("广告", 8, 10));
    }

    [Fact]
    public void Produces_nothing_for_punctuation_spaces_and_emoji_alone()
    {
        var tokens = _segmenter.Segment(Identity(" ,。!?…😂 \n"));

        TokenAssert.Tokens(tokens);
    }

    [Fact]
    public void Drops_symbols_the_browser_does_not_call_words()
    {
        // "还@我们官方": the browser's segmenter has no word "@", so the CLI must not have one either.
        var tokens = _segmenter.Segment(Identity("@我们#官方&"));

        TokenAssert.Tokens(tokens, ("我们", 1, 3), ("官方", 4, 6));
    }

    [Fact]
    public void Produces_nothing_for_empty_input()
    {
        var tokens = _segmenter.Segment(Identity(""));

        TokenAssert.Tokens(tokens);
    }

    [Fact]
    public void Gives_the_same_tokens_on_many_threads()
    {
        var expected = _segmenter.Segment(Identity("企业微信里有人刷屏"));

        var results = Enumerable.Range(0, 64).AsParallel().Select(_ => _segmenter.Segment(Identity("企业微信里有人刷屏"))).ToList();

        Assert.All(results, tokens => Assert.Equal(expected, tokens));
    }

    [Fact]
    public void Calls_icu_directly_on_this_platform()
    {
        // The sameness tests below compare the direct binding with icu.net: they must not compare icu.net with itself.
        Assert.True(_segmenter.UsesDirectBinding, "the direct ICU binding could not be loaded; segmentation fell back to icu.net");
    }

    [Theory]
    [InlineData("playbooks")]
    [InlineData("tests/corpora/second-team/playbooks")]
    [InlineData("tests/corpora/third-team/playbooks")]
    [InlineData("tests/corpora/fourth-team/playbooks")]
    public void Direct_binding_on_two_threads_gives_icu_net_tokens_for_every_text_of_a_corpus(string corpus)
    {
        var texts = CorpusTexts.Of(Path.Combine(RepositoryPaths.Root, corpus));
        using var icuNet = new IcuWordSegmenter(useDirectBinding: false);
        var normalized = texts.ConvertAll(TextNormalizer.Shared.Normalize);

        var expected = normalized.ConvertAll(text => Format(icuNet.Segment(text)));
        var actual = normalized.AsParallel().AsOrdered().WithDegreeOfParallelism(2).Select(text => Format(_segmenter.Segment(text))).ToList();

        Assert.True(texts.Count > 100, $"only {texts.Count} texts found in {corpus}");
        for (var i = 0; i < texts.Count; i++)
            Assert.True(expected[i] == actual[i], $"text {i} of {corpus}:\n{texts[i]}\nicu.net: {expected[i]}\ndirect:  {actual[i]}");
    }

    private static string Format(IEnumerable<Token> tokens) => string.Join(" ", tokens);
}

using Playbooks.Search.Analysis;
using Playbooks.Search.Tests.Support;
using static Playbooks.Search.Tests.Analysis.AnalysisInputs;

namespace Playbooks.Search.Tests.Analysis;

/// <summary>Segmenting piece by piece through the cache must give exactly the tokens of segmenting each text whole.</summary>
public sealed class SegmentationCacheTests : IDisposable
{
    private readonly IcuWordSegmenter _whole = new();

    public void Dispose() => _whole.Dispose();

    [Theory]
    [InlineData("playbooks")]
    [InlineData("tests/corpora/second-team/playbooks")]
    public void Cached_segmentation_on_two_threads_gives_the_tokens_of_whole_texts_for_every_text_of_a_corpus(string corpus)
    {
        var texts = CorpusTexts.Of(Path.Combine(RepositoryPaths.Root, corpus)).ConvertAll(t => TextNormalizer.Shared.Normalize(t));
        using var cached = new IcuWordSegmenter(new SegmentationCache());

        var expected = texts.ConvertAll(text => Format(_whole.Segment(text)));
        // Twice: the first pass fills the cache (and finds pieces repeated between texts), the second finds every piece.
        for (var pass = 1; pass <= 2; pass++)
        {
            var actual = texts.AsParallel().AsOrdered().WithDegreeOfParallelism(2).Select(text => Format(cached.Segment(text))).ToList();
            for (var i = 0; i < texts.Count; i++)
                Assert.True(expected[i] == actual[i], $"pass {pass}, text {i} of {corpus}:\n{texts[i].Text}\nwhole:  {expected[i]}\ncached: {actual[i]}");
        }
    }

    [Theory]
    [InlineData("满1,000元减3.5元。再满 100 减 20!就是今天、马上")]
    [InlineData("a \u0301b。\u200d群里 👨\u200d👩\u200d👧 刷屏 wi-fi 断了? 3.5.1 版本")]
    [InlineData("群里   刷屏。。。app闪退,kol翻车; ban 了 ")]
    [InlineData("１２３ 元，ＡＢＣ。「引号」（括号） 　全角空格")]
    public void Cached_segmentation_gives_the_tokens_of_the_whole_text_around_numbers_marks_and_spaces(string text)
    {
        var normalized = TextNormalizer.Shared.Normalize(text);
        using var cached = new IcuWordSegmenter(new SegmentationCache());

        Assert.Equal(_whole.Segment(normalized), cached.Segment(normalized));
        Assert.Equal(_whole.Segment(normalized), cached.Segment(normalized));
    }

    [Fact]
    public void Finds_a_sentence_again_in_another_text_at_its_new_offsets()
    {
        var cache = new SegmentationCache();
        using var segmenter = new IcuWordSegmenter(cache);
        segmenter.Segment(Identity("群里有人刷屏。"));

        var tokens = segmenter.Segment(Identity("昨晚。群里有人刷屏。"));

        Assert.Equal((3, 1), cache.Counts);
        Assert.Equal(_whole.Segment(Identity("昨晚。群里有人刷屏。")), tokens);
    }

    [Fact]
    public void Keeps_no_more_text_than_its_limit()
    {
        var cache = new SegmentationCache(maxCharacters: 8);
        using var segmenter = new IcuWordSegmenter(cache);
        segmenter.Segment(Identity("群里有人刷屏。马上全员禁言。"));

        segmenter.Segment(Identity("群里有人刷屏。马上全员禁言。"));

        // Of the second text's two pieces only the first (7 characters) was kept.
        Assert.Equal((4, 1), cache.Counts);
    }

    private static string Format(IEnumerable<Token> tokens) => string.Join(" ", tokens);
}

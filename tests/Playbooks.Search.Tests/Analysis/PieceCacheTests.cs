using Playbooks.Search.Analysis;
using Playbooks.Search.Lexicons;
using Playbooks.Search.Tests.Support;
using Playbooks.Search.Vocabulary;

namespace Playbooks.Search.Tests.Analysis;

/// <summary>
/// An index build's analyzers keep each distinct piece's result (<see cref="PieceCache{T}"/>): the terms the writer
/// stores and the words learning counts must be exactly those of analysing each text whole, without any cache.
/// </summary>
public sealed class PieceCacheTests
{
    [Theory]
    [InlineData("playbooks")]
    [InlineData("tests/corpora/second-team/playbooks")]
    [InlineData("tests/corpora/third-team/playbooks")]
    public void Terms_piece_by_piece_on_two_threads_equal_the_terms_of_whole_texts_for_every_text_of_a_corpus(string corpus)
    {
        var folder = Path.Combine(RepositoryPaths.Root, corpus);
        var texts = CorpusTexts.Of(folder);
        var files = LexiconLoader.Load(folder, TextNormalizer.Shared);
        using var filesAlone = new Analyzer(files);
        var learned = files.WithLearned(VocabularyLearner.LearnWords(CorpusTexts.Playbooks(folder), filesAlone).Select(w => w.Word).ToList());
        Assert.NotEmpty(learned.Learned);

        foreach (var lexicon in new[] { files, learned })
        {
            using var whole = new Analyzer(lexicon);
            using var pieces = new Analyzer(lexicon, TextNormalizer.Shared, new SegmentationCache());
            var expected = texts.ConvertAll(text => TermsOf(whole, text));
            // Twice: the first pass fills the caches (and meets pieces repeated between texts), the second finds every piece.
            for (var pass = 1; pass <= 2; pass++)
            {
                var actual = texts.AsParallel().AsOrdered().WithDegreeOfParallelism(2).Select(text => TermsOf(pieces, text)).ToList();
                for (var i = 0; i < texts.Count; i++)
                    Assert.True(expected[i] == actual[i], $"pass {pass}, text {i} of {corpus}:\n{texts[i]}\nwhole:  {expected[i]}\npieces: {actual[i]}");
            }
        }
    }

    [Theory]
    [InlineData("playbooks")]
    [InlineData("tests/corpora/second-team/playbooks")]
    [InlineData("tests/corpora/third-team/playbooks")]
    public void Segmented_pieces_end_to_end_are_the_words_of_whole_texts_for_every_text_of_a_corpus(string corpus)
    {
        var folder = Path.Combine(RepositoryPaths.Root, corpus);
        var texts = CorpusTexts.Of(folder);
        var lexicon = LexiconLoader.Load(folder, TextNormalizer.Shared);
        using var whole = new Analyzer(lexicon);
        using var cached = new Analyzer(lexicon, TextNormalizer.Shared, new SegmentationCache());

        for (var pass = 1; pass <= 2; pass++)
            foreach (var text in texts)
            {
                var expected = whole.Segment(text).Words;
                Assert.Equal(expected, InTextOffsets(cached, text));
                // Without a cache the whole text is one piece.
                Assert.Equal(expected, InTextOffsets(whole, text));
            }
    }

    [Fact]
    public void A_sentence_repeated_in_another_text_gives_its_terms_there_too()
    {
        using var whole = new Analyzer(Lexicon);
        using var pieces = new Analyzer(Lexicon, TextNormalizer.Shared, new SegmentationCache());
        TermsOf(pieces, "群里有人刷屏了。");

        Assert.Equal(TermsOf(whole, "昨晚 群里有人刷屏了。吐槽的人马上全员禁言"), TermsOf(pieces, "昨晚 群里有人刷屏了。吐槽的人马上全员禁言"));
    }

    [Fact]
    public void Keeps_no_more_text_than_its_limit_and_still_gives_every_term()
    {
        using var whole = new Analyzer(Lexicon);
        using var pieces = new Analyzer(Lexicon, TextNormalizer.Shared, new SegmentationCache(maxCharacters: 8));
        const string text = "群里有人刷屏。马上全员禁言。客服排队爆了";

        TermsOf(pieces, text);

        Assert.Equal(TermsOf(whole, text), TermsOf(pieces, text));
    }

    // Two words the segmenter cuts, a synonym and a stop word, so every stage of the chain has work in these sentences.
    private static readonly Lexicon Lexicon = TestLexicons.Build(["刷屏", "全员禁言"], [["投诉", "吐槽"]], ["了"]);

    private static string TermsOf(Analyzer analyzer, string text)
    {
        List<string> words = [], bigrams = [];
        analyzer.Terms(text, words, bigrams);
        return $"{string.Join(" ", words)} | {string.Join(" ", bigrams)}";
    }

    // The pieces' words moved to offsets in the text: piece k starts where the normalised text's k-th piece starts (one
    // piece at 0 without a cache).
    private static List<Token> InTextOffsets(Analyzer analyzer, string text)
    {
        var pieces = new List<Token[]>();
        analyzer.SegmentPieces(text, pieces);
        var normalized = string.IsNullOrWhiteSpace(text) ? "" : TextNormalizer.Shared.Normalize(text).Text;
        var words = new List<Token>();
        var start = 0;
        foreach (var piece in pieces)
        {
            words.AddRange(piece.Select(t => t with { Start = t.Start + start, End = t.End + start }));
            if (pieces.Count > 1)
                start = SegmentationPieces.PieceEnd(normalized, start);
        }
        return words;
    }
}

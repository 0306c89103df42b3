using Playbooks.Search.Analysis;
using Playbooks.Search.Documents;
using Playbooks.Search.Lexicons;
using Playbooks.Search.Tests.Support;
using Playbooks.Search.Vocabulary;

namespace Playbooks.Search.Tests.Vocabulary;

public sealed class LearningPassTests
{
    /// <summary>
    /// Counts <paramref name="playbooks"/> in contiguous ranges of <paramref name="sizes"/>, each on its own thread, the
    /// last ones first (so ranges complete out of order).
    /// </summary>
    private static void CountInRanges(LearningPass pass, IReadOnlyList<StoredPlaybook> playbooks, params int[] sizes)
    {
        var starts = sizes.Select((_, i) => sizes.Take(i).Sum()).ToArray();
        var ranges = sizes.Select(_ => pass.NewRange()).ToList();
        Parallel.For(0, sizes.Length, r =>
        {
            var range = sizes.Length - 1 - r;
            for (var doc = starts[range]; doc < starts[range] + sizes[range]; doc++)
                ranges[range].Add(doc, playbooks[doc]);
            ranges[range].Complete();
        });
    }

    [Theory]
    [InlineData("playbooks")]
    [InlineData("tests/corpora/second-team/playbooks")]
    [InlineData("tests/corpora/third-team/playbooks")]
    public void Ranges_counted_on_several_threads_learn_the_words_and_figures_of_one_learning_pass(string corpus)
    {
        var folder = Path.Combine(RepositoryPaths.Root, corpus);
        var playbooks = CorpusTexts.Playbooks(folder);
        using var analyzer = new Analyzer(LexiconLoader.Load(folder, TextNormalizer.Shared));
        using var pass = new LearningPass(analyzer, new SegmentationCache());
        var third = playbooks.Count / 3;

        CountInRanges(pass, playbooks, third, 0, third, playbooks.Count - 2 * third);

        var learned = pass.Learn(playbooks);

        var expected = VocabularyLearner.LearnWords(playbooks, analyzer);
        Assert.True(expected.Count > 10, $"only {expected.Count} words learned from {corpus}");
        Assert.Equal(expected, learned);
    }

    [Fact]
    public void Learns_from_the_playbooks_themselves_when_the_ranges_counted_other_ones()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests/corpora/second-team/playbooks");
        var playbooks = CorpusTexts.Playbooks(folder);
        using var analyzer = new Analyzer(LexiconLoader.Load(folder, TextNormalizer.Shared));
        using var pass = new LearningPass(analyzer);
        CountInRanges(pass, playbooks, playbooks.Count);
        var fewer = playbooks.Skip(1).ToList(); // one removed after counting (another process wrote meanwhile)

        Assert.Equal(VocabularyLearner.LearnWords(fewer, analyzer), pass.Learn(fewer));
    }

    [Fact]
    public void Samples_as_learning_does_when_the_text_passes_the_cap()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests/corpora/second-team/playbooks");
        var playbooks = CorpusTexts.Playbooks(folder);
        var cap = playbooks.Sum(LearningSample.CharactersOf) / 4;
        using var analyzer = new Analyzer(LexiconLoader.Load(folder, TextNormalizer.Shared));
        using var pass = new LearningPass(analyzer, characterCap: cap);

        CountInRanges(pass, playbooks, playbooks.Count / 2, playbooks.Count - playbooks.Count / 2);

        var learned = pass.Learn(playbooks);

        Assert.Equal(VocabularyLearner.Learn(playbooks, analyzer, characterCap: cap), learned);
        Assert.NotEqual(VocabularyLearner.Learn(playbooks, analyzer, characterCap: long.MaxValue), learned);
    }
}

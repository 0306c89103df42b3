using System.Globalization;
using Playbooks.Search.Analysis;
using Playbooks.Search.Lexicons;
using Playbooks.Search.Tests.Support;
using Playbooks.Search.Vocabulary;

namespace Playbooks.Search.Tests.Vocabulary;

/// <summary>
/// Cohesion and branching entropy on hand-made runs of words, where the expected values can be computed by hand; and
/// counting in parallel ranges, checked against one pass on real playbooks.
/// </summary>
public sealed class NgramStatisticsTests
{
    [Fact]
    public void A_pair_always_seen_together_in_varied_contexts_is_cohesive_and_free()
    {
        var statistics = new NgramStatistics();
        string[] left = ["甲", "乙", "丙", "丁"];
        for (var i = 0; i < 4; i++)
            statistics.Add(i / 2, [[left[i], "私域", "流量", left[3 - i]]]);

        var pair = Assert.Single(statistics.Scored(minCount: 4, minDocuments: 2), n => n.Word == "私域流量");

        Assert.Equal((4, 2), (pair.Count, pair.Documents));
        // 16 words; 私域 and 流量 4 times each, always together: ln(4·16 / (4·4)) = ln 4.
        Assert.Equal(Math.Log(4), pair.Cohesion, 6);
        // Four different neighbours on each side, once each: ln 4.
        Assert.Equal(Math.Log(4), pair.Entropy, 6);
    }

    [Fact]
    public void A_pair_always_followed_by_the_same_word_is_not_free_on_that_side()
    {
        var statistics = new NgramStatistics();
        string[] left = ["甲", "乙", "丙", "丁"];
        for (var i = 0; i < 4; i++)
            statistics.Add(i, [[left[i], "私域", "流量", "池"]]);

        var pair = Assert.Single(statistics.Scored(4, 2), n => n.Word == "私域流量");

        Assert.Equal(0, pair.Entropy, 6);
    }

    [Fact]
    public void Run_edges_count_as_distinct_neighbours_and_rare_ngrams_are_not_scored()
    {
        var statistics = new NgramStatistics();
        for (var i = 0; i < 3; i++)
            statistics.Add(i, [["私域", "流量"]]);
        statistics.Add(3, [["私域", "运营"]]);

        var scored = statistics.Scored(3, 2);

        var pair = Assert.Single(scored);
        Assert.Equal("私域流量", pair.Word);
        Assert.Equal(Math.Log(3), pair.Entropy, 6);
    }

    [Theory]
    [InlineData("playbooks")]
    [InlineData("tests/corpora/second-team/playbooks")]
    public void Counting_ranges_of_playbooks_apart_and_merging_them_in_order_gives_the_counts_of_one_pass(string corpus)
    {
        var runs = RunsOf(corpus);
        var onePass = new NgramStatistics();
        Count(onePass, runs, 0, runs.Count);

        var merged = new NgramStatistics();
        foreach (var (first, end) in new[] { (0, 5), (5, 6), (6, runs.Count) })
        {
            var range = new NgramStatistics();
            Count(range, runs, first, end);
            merged.Merge(range);
        }

        var expected = Describe(onePass.Scored(minCount: 1, minDocuments: 1));
        Assert.True(expected.Count > 1000, $"only {expected.Count} n-grams in {corpus}");
        Assert.Equal(expected, Describe(merged.Scored(minCount: 1, minDocuments: 1)));
    }

    [Theory]
    [InlineData("playbooks")]
    [InlineData("tests/corpora/second-team/playbooks")]
    public void A_range_counted_in_the_emptied_tables_of_a_merged_range_counts_as_a_new_counter_does(string corpus)
    {
        var runs = RunsOf(corpus);
        var onePass = new NgramStatistics();
        Count(onePass, runs, 0, runs.Count);

        // The largest range first: the later ones count into its tables, emptied, which hold more than they will.
        var merged = new NgramStatistics();
        NgramStatistics? spent = null;
        foreach (var (first, end) in new[] { (0, runs.Count - 6), (runs.Count - 6, runs.Count - 5), (runs.Count - 5, runs.Count) })
        {
            var range = spent is null ? new NgramStatistics() : new NgramStatistics(spent);
            Count(range, runs, first, end);
            merged.Merge(range);
            spent = range;
        }

        Assert.Equal(Describe(onePass.Scored(minCount: 1, minDocuments: 1)), Describe(merged.Scored(minCount: 1, minDocuments: 1)));
    }

    /// <summary>Each playbook's fields of <paramref name="corpus"/> as runs of words.</summary>
    private static List<List<List<string[]>>> RunsOf(string corpus)
    {
        var folder = Path.Combine(RepositoryPaths.Root, corpus);
        using var analyzer = new Analyzer(LexiconLoader.Load(folder, TextNormalizer.Shared));
        return CorpusTexts.Playbooks(folder).ConvertAll(p => p.Fields.Values.Select(t => WordRuns.Of(analyzer, t)).ToList());
    }

    private static void Count(NgramStatistics statistics, List<List<List<string[]>>> runs, int first, int end)
    {
        for (var doc = first; doc < end; doc++)
            runs[doc].ForEach(fieldRuns => statistics.Add(doc, fieldRuns));
    }

    [Fact]
    public void Only_a_counter_whose_tables_were_merged_gives_them_away()
    {
        var counter = new NgramStatistics();
        counter.Add(0, [["私域", "流量"]]);

        Assert.Throws<InvalidOperationException>(() => new NgramStatistics(counter));
    }

    [Theory]
    [InlineData("playbooks")]
    [InlineData("tests/corpora/second-team/playbooks")]
    [InlineData("tests/corpora/third-team/playbooks")]
    public void Counts_and_scores_every_ngram_of_a_corpus_as_the_straightforward_counter_does(string corpus)
    {
        var folder = Path.Combine(RepositoryPaths.Root, corpus);
        using var analyzer = new Analyzer(LexiconLoader.Load(folder, TextNormalizer.Shared));
        var runs = CorpusTexts.Playbooks(folder).ConvertAll(p => p.Fields.Values.Select(t => WordRuns.Of(analyzer, t)).ToList());
        var reference = new ReferenceNgramStatistics();
        for (var doc = 0; doc < runs.Count; doc++)
            runs[doc].ForEach(fieldRuns => reference.Add(doc, fieldRuns));
        // The compact counter counts two ranges and merges them, as learning does.
        var compact = new NgramStatistics();
        foreach (var (first, end) in new[] { (0, runs.Count / 2), (runs.Count / 2, runs.Count) })
        {
            var range = new NgramStatistics();
            for (var doc = first; doc < end; doc++)
                runs[doc].ForEach(fieldRuns => range.Add(doc, fieldRuns));
            compact.Merge(range);
        }

        var expected = reference.Scored(minCount: 1, minDocuments: 1);
        Assert.True(expected.Count > 1000, $"only {expected.Count} n-grams in {corpus}");
        Assert.Equal(Describe(expected), Describe(compact.Scored(minCount: 1, minDocuments: 1)));
        Assert.Equal(Describe(reference.Scored(VocabularyLearner.MinCount, VocabularyLearner.MinDocuments)),
            Describe(compact.Scored(VocabularyLearner.MinCount, VocabularyLearner.MinDocuments)));
        foreach (var word in expected.Select(n => n.Word).Append("不存在的词"))
            Assert.Equal(reference.Occurrences(word), compact.Occurrences(word));
    }

    [Theory]
    [InlineData("playbooks")]
    [InlineData("tests/corpora/second-team/playbooks")]
    [InlineData("tests/corpora/third-team/playbooks")]
    public void Counting_a_texts_segmented_words_gives_the_counts_of_its_word_runs(string corpus)
    {
        var folder = Path.Combine(RepositoryPaths.Root, corpus);
        using var analyzer = new Analyzer(LexiconLoader.Load(folder, TextNormalizer.Shared));
        var playbooks = CorpusTexts.Playbooks(folder);
        var fromRuns = new NgramStatistics();
        var fromWords = new NgramStatistics();
        for (var doc = 0; doc < playbooks.Count; doc++)
            foreach (var text in playbooks[doc].Fields.Values)
            {
                fromRuns.Add(doc, WordRuns.Of(analyzer, text));
                fromWords.Add(doc, analyzer.Segment(text).Words);
            }

        var expected = fromRuns.Scored(minCount: 1, minDocuments: 1);
        Assert.True(expected.Count > 1000, $"only {expected.Count} n-grams in {corpus}");
        Assert.Equal(Describe(expected), Describe(fromWords.Scored(minCount: 1, minDocuments: 1)));
        foreach (var word in expected.Select(n => n.Word))
            Assert.Equal(fromRuns.Occurrences(word), fromWords.Occurrences(word));
    }

    [Theory]
    [InlineData("playbooks")]
    [InlineData("tests/corpora/second-team/playbooks")]
    [InlineData("tests/corpora/third-team/playbooks")]
    public void A_piece_met_again_is_counted_from_its_first_ids_with_the_counts_of_counting_it_afresh(string corpus)
    {
        var folder = Path.Combine(RepositoryPaths.Root, corpus);
        using var analyzer = new Analyzer(LexiconLoader.Load(folder, TextNormalizer.Shared), TextNormalizer.Shared, new SegmentationCache());
        // Every field twice, so each piece recurs at least once (and within one playbook, where the playbook count must not move).
        var playbooks = CorpusTexts.Playbooks(folder);
        var afresh = new NgramStatistics();
        var reusing = new NgramStatistics(reusePieces: true);
        var pieces = new List<Token[]>();
        var piecesCounted = 0;
        for (var doc = 0; doc < playbooks.Count; doc++)
            foreach (var text in playbooks[doc].Fields.Values.Concat(playbooks[doc].Fields.Values))
            {
                pieces.Clear();
                analyzer.SegmentPieces(text, pieces);
                foreach (var piece in pieces)
                {
                    afresh.Add(doc, piece);
                    reusing.AddPiece(doc, piece);
                }
                piecesCounted += pieces.Count;
            }

        var expected = afresh.Scored(minCount: 1, minDocuments: 1);
        Assert.True(expected.Count > 1000 && piecesCounted > 1000, $"only {expected.Count} n-grams, {piecesCounted} pieces in {corpus}");
        Assert.Equal(Describe(expected), Describe(reusing.Scored(minCount: 1, minDocuments: 1)));
        foreach (var word in expected.Select(n => n.Word))
            Assert.Equal(afresh.Occurrences(word), reusing.Occurrences(word));
    }

    private static List<string> Describe(IEnumerable<NgramStatistics.Ngram> ngrams) =>
        ngrams.Select(n => string.Create(CultureInfo.InvariantCulture,
            $"{string.Join("|", n.Parts)} {n.Count} {n.Documents} {n.Cohesion:R} {n.Entropy:R}")).ToList();
}

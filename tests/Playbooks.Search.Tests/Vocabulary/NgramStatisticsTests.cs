using Playbooks.Search.Vocabulary;

namespace Playbooks.Search.Tests.Vocabulary;

/// <summary>Cohesion and branching entropy on hand-made runs of words, where the expected values can be computed by hand.</summary>
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
}

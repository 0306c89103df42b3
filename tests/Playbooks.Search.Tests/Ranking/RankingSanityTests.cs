using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Ranking;

/// <summary>Queries with one obviously right answer in the small fixture corpus: whatever the tuning, it comes first.</summary>
public sealed class RankingSanityTests(FixtureEngine fixture) : IClassFixture<FixtureEngine>
{
    [Fact]
    public void Finds_a_playbook_written_with_a_synonym_of_the_query_word()
    {
        var ids = fixture.Ids("退钱");

        Assert.Equal(["refund-request"], ids);
    }

    [Fact]
    public void Finds_a_playbook_by_an_english_word_the_built_in_glossary_maps_to_its_chinese()
    {
        Assert.Equal("refund-request", fixture.Ids("refund")[0]);
    }

    [Fact]
    public void Finds_a_playbook_by_a_word_typed_in_pinyin()
    {
        Assert.Equal("refund-request", fixture.Ids("tuifei")[0]);
        Assert.Equal("damaged-parcel", fixture.Ids("posun")[0]);
    }

    [Fact]
    public void Finds_a_simplified_playbook_with_a_traditional_query()
    {
        var ids = fixture.Ids("加盟店老闆收到的貨外箱破了");

        Assert.Equal("damaged-parcel", ids[0]);
    }

    [Fact]
    public void Finds_a_playbook_by_a_substring_that_cuts_across_its_words()
    {
        // The playbook says 一段简单 (words 一段|简单); 段简 only exists as a bigram.
        var ids = fixture.Ids("段简");

        Assert.Equal(["writing-practice"], ids);
    }

    [Fact]
    public void Finds_a_full_width_query_like_its_half_width_form()
    {
        Assert.Equal(fixture.Ids("群里有机器人刷屏"), fixture.Ids("群里有机器人刷屏！！"));
        Assert.Equal("bot-flood", fixture.Ids("群里有机器人刷屏")[0]);
    }

    [Fact]
    public void Ranks_the_playbook_describing_the_symptoms_first()
    {
        Assert.Equal("price-error", fixture.Ids("商品价格填错了，被抢购上千单怎么办")[0]);
        Assert.Equal("bot-flood", fixture.Ids("半夜一批新号进群刷屏发广告链接")[0]);
        Assert.Equal("member-ad-spam", fixture.Ids("老成员天天在群里发自己店铺的广告")[0]);
    }

    [Fact]
    public void Returns_nothing_for_words_no_playbook_contains()
    {
        var response = fixture.Engine.Search("服务器宕机");

        Assert.Empty(response.Results);
        Assert.True(response.Weak);
    }

    [Fact]
    public void Returns_at_most_the_requested_number_of_results()
    {
        var response = fixture.Engine.Search("群里有机器人刷屏", limit: 2);

        Assert.Equal(2, response.Results.Count);
    }
}

using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Snippets;

public sealed class SearchSnippetTests(FixtureEngine fixture) : IClassFixture<FixtureEngine>
{
    [Fact]
    public void A_result_quotes_the_sentence_that_matched_with_the_synonym_marked()
    {
        var hit = fixture.Engine.Search("退钱").Results[0];

        var snippet = Assert.Single(hit.Snippets);
        Assert.Equal("激化情况", snippet.Section);
        Assert.Equal("一天内超过十人申请退费，或有人去消费者平台投诉。", snippet.Text);
        Assert.Equal([[9, 2]], snippet.Highlights);
        Assert.Equal(1.0, hit.Coverage);
    }

    [Fact]
    public void A_traditional_query_marks_the_simplified_sentence()
    {
        var hit = fixture.Engine.Search("貨外箱破了").Results[0];

        var snippet = hit.Snippets[0];
        Assert.Equal("背景", snippet.Section);
        Assert.Equal("加盟店老板收到的货外箱破了，里面的商品也有磕碰。", snippet.Text);
        Assert.Equal(["货", "外", "箱", "破"], snippet.Highlights.Select(h => snippet.Text.Substring(h[0], h[1])));
    }
}

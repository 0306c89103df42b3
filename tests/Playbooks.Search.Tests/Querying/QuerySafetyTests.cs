using System.Text;
using Playbooks.Core;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Querying;

/// <summary>Whatever the user types is text to analyse, never FTS5 syntax: results or an empty list, never an exception.</summary>
public sealed class QuerySafetyTests(FixtureEngine fixture) : IClassFixture<FixtureEngine>
{
    private static readonly string[] AdPlaybooks = ["bot-flood", "member-ad-spam"];

    [Theory]
    [InlineData("\"")]
    [InlineData("\"\"\"")]
    [InlineData("*")]
    [InlineData("NEAR(")]
    [InlineData("NEAR(\"a\" \"b\", 3)")]
    [InlineData("AND")]
    [InlineData("OR")]
    [InlineData("NOT")]
    [InlineData("-")]
    [InlineData(":")]
    [InlineData("{title}:")]
    [InlineData("{title body}: x")]
    [InlineData("()")]
    [InlineData("[")]
    [InlineData("^")]
    [InlineData("😂")]
    public void Treats_operator_only_text_as_words_that_match_nothing(string query)
    {
        var response = fixture.Engine.Search(query);

        Assert.Empty(response.Results);
    }

    [Theory]
    [InlineData("\"刷屏\"")]
    [InlineData("\"刷屏")]
    [InlineData("刷屏*")]
    [InlineData("-刷屏")]
    [InlineData("刷屏 AND 广告")]
    [InlineData("刷屏 OR 广告")]
    [InlineData("刷屏 NOT 广告")]
    [InlineData("NEAR(刷屏 广告, 2)")]
    [InlineData("{title}: 刷屏")]
    [InlineData("title:刷屏")]
    [InlineData("[刷屏](广告)")]
    [InlineData("^刷屏")]
    public void Finds_the_words_inside_operator_syntax(string query)
    {
        var ids = fixture.Ids(query);

        Assert.Equal(AdPlaybooks, ids.Order(StringComparer.Ordinal));
    }

    // Kept out of [InlineData]: test names holding control characters or lone surrogates upset test runners' protocols.
    [Fact]
    public void Treats_control_characters_lone_surrogates_and_invisible_characters_as_no_words()
    {
        string[] queries = ["\u0001\u0002\u007F", "\uD800", "\uDFFF\uD800", "\u200B", "\uFEFF\u200D"];

        var results = queries.Select(q => fixture.Engine.Search(q).Results).ToList();

        Assert.All(results, Assert.Empty);
    }

    [Fact]
    public void Finds_the_words_around_control_characters_and_lone_surrogates()
    {
        string[] queries = ["刷屏😂\u0000广告", "刷屏\uD800广告", "刷\u200B屏\u0007广告"];

        var results = queries.Select(q => fixture.Ids(q).Order(StringComparer.Ordinal)).ToList();

        Assert.All(results, ids => Assert.Equal(AdPlaybooks, ids));
    }

    [Fact]
    public void Answers_a_query_of_ten_thousand_characters()
    {
        var query = new StringBuilder();
        while (query.Length < 10_000)
            query.Append("深夜群里突然涌进一批机器人号刷屏发广告链接，");
        var text = query.ToString(0, 10_000);

        var response = fixture.Engine.Search(text);

        Assert.Equal("bot-flood", response.Results[0].Id);
    }

    [Fact]
    public void Answers_ten_thousand_random_characters()
    {
        var random = new Random(20261121);
        var text = new string(Enumerable.Range(0, 10_000).Select(_ => (char)random.Next(0, 0x10000)).ToArray());

        var response = fixture.Engine.Search(text);

        Assert.True(response.Results.Count <= 5);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("   ")]
    [InlineData("\u3000")]
    public void Rejects_an_empty_query_as_a_usage_error(string query)
    {
        var error = Assert.Throws<PlaybooksException>(() => fixture.Engine.Search(query));

        Assert.Equal(ErrorKind.EmptyQuery, error.Kind);
        Assert.Equal("检索内容为空", error.Message);
        Assert.Equal("用一句话描述你看到的情况，例如：playbooks search \"群里有人冒充助教发名片拉人\"", error.Remedy);
    }
}

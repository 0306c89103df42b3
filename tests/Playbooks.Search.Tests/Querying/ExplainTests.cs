using Playbooks.Search.Querying;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Querying;

public sealed class ExplainTests(FixtureEngine fixture) : IClassFixture<FixtureEngine>
{
    /// <summary>The word and bigram contributions as "representation term: fields", sorted (scores and order are tuning).</summary>
    private static IEnumerable<string> Describe(HitExplanation explanation) =>
        explanation.Terms
            .Where(t => t.Representation is "word" or "bigram")
            .Select(t => $"{t.Representation} {t.Term}: {string.Join(",", t.Fields)}")
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Lists_each_matched_term_with_the_fields_it_occurs_in()
    {
        var response = fixture.Engine.Search("广告刷屏", explain: true);

        var explanation = Assert.Single(response.Explain!, e => e.Id == "member-ad-spam");
        Assert.Equal(
        [
            "bigram 刷屏: title,tags,background,escalation",
            "bigram 告刷: title,escalation",
            "bigram 广告: title,tags,background,risk,escalation,handling",
            "word 刷屏: title,tags,background,escalation",
            "word 广告: title,tags,background,risk,escalation,handling",
        ], Describe(explanation));
    }

    [Fact]
    public void Explains_a_synonym_by_its_canonical_term()
    {
        var response = fixture.Engine.Search("退钱", explain: true);

        var explanation = Assert.Single(response.Explain!);
        Assert.Equal("refund-request", explanation.Id);
        Assert.Equal(["word 退费: title,tags,background,escalation,handling"], Describe(explanation));
    }

    [Fact]
    public void Explains_every_result_in_result_order()
    {
        var response = fixture.Engine.Search("刷屏", explain: true);

        Assert.Equal(response.Results.Select(r => r.Id), response.Explain!.Select(e => e.Id));
        Assert.All(response.Explain!, e => Assert.All(e.Terms, t => Assert.True(t.Score > 0)));
    }

    [Fact]
    public void Leaves_explanations_out_unless_asked()
    {
        Assert.Null(fixture.Engine.Search("刷屏").Explain);
    }
}

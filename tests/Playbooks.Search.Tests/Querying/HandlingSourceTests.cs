using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Querying;

/// <summary>
/// Whose handling a result list offers: the top result's own, steps or paragraphs, so an operator never reads another
/// SOP's steps under it; the first result with steps only when the top one has no handling at all.
/// </summary>
public sealed class HandlingSourceTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = new();

    public void Dispose() => _kb.Dispose();

    private static readonly PlaybookText ProseFlood = FixtureCorpus.BotFlood with
    {
        Id = "prose-flood",
        Title = "机器人号进群刷屏发广告（段落版）",
        Handling = "先开启全员禁言，稳住群里的情绪。\n\n再把机器人号批量移出，撤回所有广告。",
    };

    [Fact]
    public void A_top_result_written_as_paragraphs_offers_its_own_handling()
    {
        _kb.WriteAll([ProseFlood, FixtureCorpus.AdSpam]);

        using var engine = _kb.Open();
        var response = engine.Search("机器人号进群刷屏发广告段落版");

        Assert.Equal("prose-flood", response.Results[0].Id);
        Assert.Same(response.Results[0], response.HandlingSource);
        Assert.Empty(response.Results[0].HandlingSteps);
        Assert.Equal("先开启全员禁言，稳住群里的情绪。\n再把机器人号批量移出，撤回所有广告。", response.Results[0].HandlingText);
        Assert.All(response.Results.Skip(1), r => Assert.Null(r.HandlingText));
    }

    [Fact]
    public void A_top_result_with_only_a_placeholder_offers_the_first_result_with_steps()
    {
        _kb.WriteAll([ProseFlood with { Handling = "待补充。" }, FixtureCorpus.AdSpam]);

        using var engine = _kb.Open();
        var response = engine.Search("机器人号进群刷屏发广告段落版");

        Assert.Equal("prose-flood", response.Results[0].Id);
        Assert.Null(response.Results[0].HandlingText);
        Assert.Equal("member-ad-spam", response.HandlingSource?.Id);
    }
}

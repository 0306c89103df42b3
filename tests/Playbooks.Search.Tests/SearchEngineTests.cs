using Playbooks.Core;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests;

public sealed class SearchEngineTests(FixtureEngine fixture) : IClassFixture<FixtureEngine>
{
    [Fact]
    public void Similar_excludes_the_playbook_itself_and_ranks_the_related_one_first()
    {
        var response = fixture.Engine.Similar("bot-flood");

        Assert.Equal("bot-flood", response.Query);
        Assert.Equal("member-ad-spam", response.Results[0].Id);
        Assert.DoesNotContain(response.Results, r => r.Id == "bot-flood");
    }

    [Fact]
    public void Similar_works_in_both_directions()
    {
        var response = fixture.Engine.Similar("member-ad-spam");

        Assert.Equal("bot-flood", response.Results[0].Id);
        Assert.DoesNotContain(response.Results, r => r.Id == "member-ad-spam");
    }

    [Fact]
    public void Similar_with_an_unknown_id_names_the_closest_ids()
    {
        var error = Assert.Throws<PlaybooksException>(() => fixture.Engine.Similar("bot-flod"));

        Assert.Equal("unknown-id", error.Code);
        Assert.Equal("找不到 id 为“bot-flod”的预案", error.Message);
        Assert.Equal("最接近的 id：bot-flood。用 `playbooks list` 查看全部，或用 `playbooks search \"描述\"` 按情况查找", error.Remedy);
    }

    [Fact]
    public void Similar_with_an_id_close_to_nothing_points_to_the_list()
    {
        var error = Assert.Throws<PlaybooksException>(() => fixture.Engine.Similar("xyz"));

        Assert.Equal("unknown-id", error.Code);
        Assert.Equal("用 `playbooks list` 查看全部 id，或用 `playbooks search \"描述\"` 按情况查找", error.Remedy);
    }

    [Fact]
    public void Lists_every_indexed_id_in_order()
    {
        Assert.Equal(["bot-flood", "damaged-parcel", "member-ad-spam", "price-error", "refund-request", "writing-practice"], fixture.Engine.Ids());
        Assert.Equal(6, fixture.Engine.Count());
    }

    [Fact]
    public void Opening_a_missing_folder_is_a_usage_error()
    {
        var missing = Path.Combine(Path.GetTempPath(), "playbooks-search-tests", "no-such-kb");

        var error = Assert.Throws<PlaybooksException>(() => SearchEngine.Open(missing, Path.Combine(missing, "index.sqlite")));

        Assert.Equal("missing-directory", error.Code);
        Assert.Equal($"预案目录不存在：{missing}", error.Message);
    }
}

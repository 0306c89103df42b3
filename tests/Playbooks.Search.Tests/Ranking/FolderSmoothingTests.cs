using Playbooks.Search.Ranking;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Ranking;

/// <summary>
/// A playbook's score leans a little on its folder's (<see cref="FolderSmoothing"/>): when an operator's words belong to
/// one domain of the knowledge base, a playbook from another folder that happens to own one generic word of the query
/// no longer comes first.
/// </summary>
public sealed class FolderSmoothingTests : IDisposable
{
    // "Rainstorm, complaints at the airport": the travel folder's domain, plus 投诉, which only the community folder's
    // complaint playbook carries in its title and tags.
    internal const string Query = "暴雨机场投诉";

    internal static readonly PlaybookText[] Travel =
    [
        new("flight-cancelled-no-notice", "航班取消没有通知旅客")
        {
            Category = "票务出行", Tags = ["航班", "取消", "通知"], Background = "暴雨导致航班取消，旅客到了机场才知道。",
            Risk = "航司的变更没有同步到我们的系统。", Escalation = "大量旅客在机场滞留。",
        },
        new("hotel-overbooked", "酒店超订旅客到店无房")
        {
            Category = "票务出行", Tags = ["酒店", "超订"], Background = "旅客的航班延误，深夜到店发现没有房间。",
            Risk = "酒店库存没有同步。", Escalation = "旅客在前台滞留，要求赔偿。",
        },
        new("ticket-change-fee", "改签手续费争议")
        {
            Category = "票务出行", Tags = ["改签", "机票"], Background = "航班时间调整后旅客要求免费改签。",
            Risk = "航司规则与我们的页面不一致。", Escalation = "旅客在机场发帖。",
        },
    ];

    internal static readonly PlaybookText[] Community =
    [
        new("complaint-wave", "群里集中投诉")
        {
            Tags = ["投诉", "情绪"], Background = "活动页面出错后，群里用户集中投诉。", Risk = "没有提前准备话术。",
            Escalation = "投诉截图被转发到社交平台。",
        },
        new("bot-flood", "机器人号进群刷屏发广告")
        {
            Tags = ["刷屏", "广告", "机器人"], Background = "深夜群里突然涌进一批新号，几分钟内连续刷屏发广告链接。",
            Risk = "群二维码公开贴在海报上，进群不需要审核。", Escalation = "十分钟内刷屏超过五十条。",
        },
        new("member-ad-spam", "群成员反复发广告刷屏")
        {
            Tags = ["广告", "刷屏", "群规"], Background = "一名老成员每天在群里发自己店铺的广告。", Risk = "群规没有写明禁止广告。",
            Escalation = "多名成员因为广告刷屏退群。",
        },
    ];

    private static readonly RankingWeights WithoutFolders = RankingWeights.Default with { FolderShare = 0 };

    private readonly TempKnowledgeBase _kb = new();

    public void Dispose() => _kb.Dispose();

    private void WriteInFolders()
    {
        foreach (var playbook in Travel)
            _kb.Write($"travel/{playbook.FileName}", playbook.ToString());
        foreach (var playbook in Community)
            _kb.Write($"community/{playbook.FileName}", playbook.ToString());
    }

    private List<string> Ranked(RankingWeights? weights = null)
    {
        using var engine = SearchEngine.Open(_kb.Root, _kb.IndexPath, weights, FixedClock.Today);
        return engine.Search(Query, 6).Results.Select(r => r.Id).ToList();
    }

    [Fact]
    public void A_generic_word_hit_from_another_folder_no_longer_outranks_the_right_playbook_of_a_coherent_folder()
    {
        WriteInFolders();

        var smoothed = Ranked();
        var unsmoothed = Ranked(WithoutFolders);

        // Without the folders the complaint playbook's title word wins: the case this ranking step is for.
        Assert.Equal("complaint-wave", unsmoothed[0]);
        Assert.Equal("flight-cancelled-no-notice", smoothed[0]);
    }

    [Fact]
    public void A_knowledge_base_without_folders_ranks_as_before_with_the_same_scores()
    {
        _kb.WriteAll([.. Travel, .. Community]);

        using var engine = SearchEngine.Open(_kb.Root, _kb.IndexPath, clock: FixedClock.Today);
        var flat = engine.Search(Query, 6).Results.Select(r => (r.Id, r.Score)).ToList();
        using var plain = SearchEngine.Open(_kb.Root, _kb.IndexPath, WithoutFolders, FixedClock.Today);
        var reference = plain.Search(Query, 6).Results.Select(r => (r.Id, r.Score)).ToList();

        Assert.Equal(reference, flat);
        Assert.Equal("complaint-wave", flat[0].Id);
    }

    [Fact]
    public void Moving_playbooks_into_folders_changes_the_next_search_after_a_refresh()
    {
        // Arrange: a flat knowledge base, searched once by a long-running engine (as `serve` holds one).
        _kb.WriteAll([.. Travel, .. Community]);
        using var engine = SearchEngine.Open(_kb.Root, _kb.IndexPath, clock: FixedClock.Today);
        Assert.Equal("complaint-wave", engine.Search(Query, 6).Results[0].Id);

        // Act: the team sorts its files into one folder per domain; the engine refreshes incrementally.
        foreach (var playbook in Travel.Concat(Community))
            _kb.Delete(playbook.FileName);
        WriteInFolders();
        engine.Refresh();

        // Assert: the refreshed index knows the new folders; nothing else about the playbooks changed.
        Assert.Equal("flight-cancelled-no-notice", engine.Search(Query, 6).Results[0].Id);
    }

    [Fact]
    public void Explain_shows_what_the_folder_added_to_each_final_score()
    {
        WriteInFolders();

        using var engine = SearchEngine.Open(_kb.Root, _kb.IndexPath, clock: FixedClock.Today);
        var response = engine.Search(Query, 6, explain: true);

        // Each result's score is its own fused score's share plus what its folder added (both rounded to 4 places).
        foreach (var (hit, explanation) in response.Results.Zip(response.Explain!))
        {
            var folder = explanation.Folder!;
            Assert.Equal(hit.Score, (1 - folder.Share) * folder.Fused + folder.Score, 1e-3);
            Assert.Equal(folder.Share * folder.FolderMean, folder.Score, 1e-3);
        }
        // The travel playbook comes first because of its folder: the folder adds more to it than to the complaint one,
        // whose own score is higher.
        var parts = response.Explain!.ToDictionary(e => e.Id, e => e.Folder!);
        Assert.True(parts["complaint-wave"].Fused > parts["flight-cancelled-no-notice"].Fused);
        Assert.True(parts["flight-cancelled-no-notice"].Score > parts["complaint-wave"].Score);
    }

    [Fact]
    public void Explain_shows_no_folder_share_in_a_knowledge_base_without_folders()
    {
        _kb.WriteAll([.. Travel, .. Community]);

        using var engine = SearchEngine.Open(_kb.Root, _kb.IndexPath, clock: FixedClock.Today);
        var response = engine.Search(Query, 6, explain: true);

        Assert.NotEmpty(response.Explain!);
        Assert.All(response.Explain!, e => Assert.Null(e.Folder));
    }
}

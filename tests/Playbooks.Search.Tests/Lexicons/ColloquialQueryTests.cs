using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Lexicons;

/// <summary>
/// Another team's knowledge base, written in standard incident wording and with no lexicon folder: the short
/// colloquial query an operator types must still find its playbook first, through the built-in lexicon alone.
/// </summary>
public sealed class ColloquialQueryTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = new();

    public ColloquialQueryTests() => _kb.WriteAll(
    [
        new PlaybookText("delivery-range", "门店配送范围设置过小，附近小区无法下单")
        {
            Category = "本地生活", Tags = ["配送范围", "下单"],
            Background = "门店调整配送范围后，三公里外的小区用户反馈无法下单，订单量下降。",
        },
        new PlaybookText("late-delivery", "外卖配送超时，用户催单")
        {
            Category = "本地生活", Tags = ["配送超时", "催单"],
            Background = "晚高峰骑手不足，订单配送超时，用户在评论区催单。",
        },
        new PlaybookText("moderator-abuse", "版主滥用权限删帖封人")
        {
            Category = "社区治理", Tags = ["滥用权限", "删帖"],
            Background = "有版主因个人恩怨删除他人帖子并封禁账号，被处理的用户申诉。",
        },
        new PlaybookText("sensitive-post", "社区出现敏感内容帖子")
        {
            Category = "社区治理", Tags = ["敏感内容", "删帖"],
            Background = "用户发布敏感内容，需要尽快删帖并复核审核规则。",
        },
        new PlaybookText("batch-defect", "同一批次商品质量问题引发集中差评")
        {
            Category = "售后", Tags = ["批次", "质量问题", "差评"],
            Background = "某一批次商品做工不良，两天内收到大量一星差评和退货申请。",
        },
        new PlaybookText("damaged-parcel", "快递运输中商品破损")
        {
            Category = "售后", Tags = ["破损", "快递"],
            Background = "用户收到的包裹外箱压坏，商品破损，要求补发。",
        },
        new PlaybookText("video-playback", "课程视频播放失败")
        {
            Category = "课程交付", Tags = ["播放失败", "视频"],
            Background = "学员打开课程后视频播放失败，画面一直加载。",
        },
        new PlaybookText("item-loss", "版本更新后玩家道具丢失")
        {
            Category = "游戏运营", Tags = ["道具丢失", "版本更新"],
            Background = "新版本上线后，部分玩家背包里的道具丢失，在社区集中反馈。",
        },
    ]);

    public void Dispose() => _kb.Dispose();

    [Theory]
    [InlineData("远一点的都点不到", "delivery-range")]
    [InlineData("管理员公报私仇", "moderator-abuse")]
    [InlineData("这批货有毛病", "batch-defect")]
    [InlineData("课都放不出来", "video-playback")]
    [InlineData("开服后装备没了", "item-loss")]
    public void Finds_the_playbook_written_in_standard_words_from_an_operators_colloquial_query(string query, string expectedId)
    {
        using var engine = _kb.Open();

        Assert.Equal(expectedId, engine.Search(query).Results[0].Id);
    }
}

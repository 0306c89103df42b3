namespace Playbooks.Benchmarks;

/// <summary>
/// What operators on duty actually type: one short description of what they see, colloquial, sometimes with a
/// number or an English brand. One or more per incident category, written for the benchmarks (not the evaluation
/// set, so tuning ranking against that set cannot flatter these timings).
/// </summary>
internal static class OperatorQueries
{
    /// <summary>Compile-time length of <see cref="All"/>, for BenchmarkDotNet's OperationsPerInvoke.</summary>
    public const int Count = 22;

    public static readonly string[] All =
    [
        "群里突然进来一大堆机器人刷广告",
        "有人冒充我们老师在群里发名片拉人",
        "学员说课程没干货要退费",
        "好多人同时申请退款，还有人拉维权群",
        "直播的时候主播把价格说错了",
        "推送里的活动时间写错了怎么补救",
        "后台价格设错了被疯抢超卖",
        "大促付款失败但是钱被扣了没有订单",
        "店铺因为好评返现被平台判刷单降权",
        "小红书上有人发帖骂我们品牌，评论越来越多",
        "客服回复用户阴阳怪气被截图发到网上",
        "合作的达人塌房了网友连带骂我们",
        "新人券被大量小号薅光了",
        "线下活动报名人数太多现场挤爆了",
        "中奖用户一直没收到奖品在群里催",
        "骗子私聊用户说是客服要退款让转账",
        "用户手机号名单被泄露出去了",
        "微信群被封了加不了好友",
        "群里有人发黄图和赌博链接",
        "App打不开，用户都跑到群里问",
        "改版后一星差评暴增用户喊改回去",
        "两个群成员吵起来互相骂人",
    ];

    static OperatorQueries()
    {
        if (All.Length != Count)
            throw new InvalidOperationException($"OperatorQueries.Count is {Count} but there are {All.Length} queries.");
    }
}

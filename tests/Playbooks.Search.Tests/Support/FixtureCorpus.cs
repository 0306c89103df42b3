namespace Playbooks.Search.Tests.Support;

/// <summary>
/// A small knowledge base for ranking and query tests: six playbooks whose words barely overlap, so each test
/// query has one obviously right answer, plus a lexicon of a few entries.
/// </summary>
internal static class FixtureCorpus
{
    public static readonly PlaybookText RefundRequest = new("refund-request", "学员集中要求退费")
    {
        Tags = ["退费", "课程"],
        Background = "开课一周后，学员在班级群里接连要求退费，理由是课程内容太难跟不上。",
        Risk = "招生宣传夸大效果，学员期望和实际课程不符。",
        Escalation = "一天内超过十人申请退费，或有人去消费者平台投诉。",
        Steps = ["班主任逐个私聊了解原因。", "按退费规则在三个工作日内办理。"],
        Retrospective = "招生话术交给教务审核。",
    };

    public static readonly PlaybookText BotFlood = new("bot-flood", "机器人号进群刷屏发广告")
    {
        Tags = ["刷屏", "广告", "机器人"],
        Background = "深夜群里突然涌进一批新号，几分钟内连续刷屏发广告链接。",
        Risk = "群二维码公开贴在海报上，进群不需要审核，机器人号可以批量进群。",
        Escalation = "十分钟内刷屏超过五十条，或有成员点开广告链接被骗。",
        Steps = ["开启全员禁言。", "批量移出机器人号并撤回广告。"],
        Retrospective = "群二维码定期更换，进群开启审核。",
    };

    public static readonly PlaybookText AdSpam = new("member-ad-spam", "群成员反复发广告刷屏")
    {
        Tags = ["广告", "刷屏", "群规"],
        Background = "一名老成员每天在群里发自己店铺的广告，其他人跟着刷屏抱怨。",
        Risk = "群规没有写明禁止广告，进群也没有审核。",
        Escalation = "多名成员因为广告刷屏退群。",
        Steps = ["私聊提醒并撤回广告。", "在群公告补充禁止广告的群规。"],
        Retrospective = "新群建立时先发群规。",
    };

    public static readonly PlaybookText WritingPractice = new("writing-practice", "练习课没人交作业")
    {
        Tags = ["作业", "练习"],
        Background = "老师布置了一段简单的写作练习，第二天只有两个人提交。",
        Risk = "作业要求没有讲清楚，也没有示范。",
        Escalation = "连续三次作业提交率低于两成。",
        Steps = ["助教在群里发一份示范作业。", "点名表扬已提交的同学。"],
        Retrospective = "第一次作业降低难度。",
    };

    public static readonly PlaybookText DamagedParcel = new("damaged-parcel", "门店收货时发现外箱破损")
    {
        Category = "电商运营",
        Tags = ["货损", "物流"],
        Background = "加盟店老板收到的货外箱破了，里面的商品也有磕碰。",
        Risk = "仓库打包没有加缓冲材料。",
        Escalation = "同一批次多家门店反馈破损。",
        Steps = ["请门店拍照留证。", "联系物流公司发起理赔。"],
        Retrospective = "易碎商品改用加厚纸箱。",
    };

    public static readonly PlaybookText PriceError = new("price-error", "商品价格填错被抢购")
    {
        Category = "电商运营",
        Tags = ["价格错误", "超卖"],
        Background = "运营把原价九十九元的商品错填成九块九，半小时内被抢购上千单。",
        Risk = "改价没有复核流程。",
        Escalation = "库存被买成负数。",
        Steps = ["立即下架商品。", "联系下单用户协商取消订单。"],
        Retrospective = "改价需要两人复核。",
    };

    public static IReadOnlyList<PlaybookText> All { get; } = [RefundRequest, BotFlood, AdSpam, WritingPractice, DamagedParcel, PriceError];

    public const string Words = "刷屏\n退费\n机器人号\n";
    public const string StopWords = "的\n了\n吗\n怎么办\n";

    /// <summary>A knowledge base holding <see cref="All"/> and the lexicon; <paramref name="synonyms"/> is synonyms.txt.</summary>
    public static TempKnowledgeBase Create(string synonyms = "退费 退钱 退款\n")
    {
        var kb = new TempKnowledgeBase();
        kb.WriteAll(All);
        kb.WriteLexicon("words.txt", Words);
        kb.WriteLexicon("synonyms.txt", synonyms);
        kb.WriteLexicon("stopwords.txt", StopWords);
        return kb;
    }
}

using System.Text.RegularExpressions;

namespace Playbooks.Core.SopChecks;

/// <summary>
/// What the SOP checks look for in operators' Chinese: quantities, time limits, roles. Hand-written patterns rather than
/// the search analyzer: the checks live in Core (no ICU), and these are closed word lists a reviewer can read in one go.
/// Each list errs on the side of accepting, because a lint warning on a good sentence teaches people to ignore lint.
/// </summary>
public static partial class SopPatterns
{
    /// <summary>A number, count or duration: 3、30 分钟、5%、两小时、三次、半天、第二次、点赞过千、播放量过万.</summary>
    public static bool HasQuantity(string text) => Quantity().IsMatch(text);

    /// <summary>
    /// A deadline or duration a step must keep (2 分钟内、当天、立即), a cadence (每周), or an explicit "alongside the step
    /// before" or "throughout" (同步进行、持续). A condition alone (群被封时、需要时) says when a step starts, not by when it is done.
    /// </summary>
    public static bool HasTimeLimit(string text) => TimeLimit().IsMatch(text);

    /// <summary>
    /// A role or party someone can hand the incident to: 社群运营主管、客服、法务、平台, and a team's own units by their
    /// suffix (支付组、数据中心、风控部门), the partners ops work with (商家、骑手、承运商、航司), and the English titles teams
    /// write in Chinese steps (CSM, CS Lead, Community Manager, On-call) and English team names (Logistics, Finance, QA).
    /// </summary>
    public static bool HasRole(string text) => Role().IsMatch(text);

    /// <summary>Where the first role in <paramref name="text"/> starts, or null when it names none.</summary>
    public static int? FirstRole(string text) => Role().Match(text) is { Success: true } role ? role.Index : null;

    /// <summary>A verb of telling or handing over: 通知、上报、同步给.</summary>
    public static bool HasReportingVerb(string text) => ReportingVerb().IsMatch(text);

    /// <summary>
    /// A signal someone has to judge the size of: an amount (很多、大量、多条), a spread or trend (集中、持续、上升、发酵), a
    /// state (情绪激动、明显不符) or a comparison whose number is missing (超过、以上). A discrete event (收到函件、报警、
    /// 媒体报道) has none of these.
    /// </summary>
    public static bool IsMatterOfDegree(string text) => Degree().IsMatch(text);

    /// <summary>Quantities also count when written as a trigger that fires on the first case: 一旦、任何、首次.</summary>
    public static bool HasTrigger(string text) => Trigger().IsMatch(text);

    // Chinese numerals only count with a unit after them: 一 alone is in 统一、一起、一旦.
    [GeneratedRegex(@"\d|[０-９]|[一二两三四五六七八九十百千万半]+\s*(?:个|人|次|条|分钟|分|小时|钟头|天|日|周|星期|月|年|秒|单|倍|成|位|名|轮|遍|笔|件|元|块|家|群|期|%|％)|第[一二三四五六七八九十]+|(?:过|上|破|近|超|逾|数)[十百千万]+")]
    private static partial Regex Quantity();

    // Besides Chinese durations and deadlines: timeline marks teams put before a step (T+0, T+30min, D+1, H+2) and
    // English-style durations (30min, 2h内, 1d). Letter lookarounds rather than \b: Han characters are word characters.
    [GeneratedRegex(@"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百半]+)\s*(?:秒|分钟|小时|个小时|钟头|天|日|个工作日|工作日|周|星期|个月)|当天|当日|当晚|当时|次日|隔天|今天|今晚|明天|本周|下周|当月|本月|立即|立刻|马上|即刻|当场|当即|每天|每日|每晚|每周|每月|同步进行|同时|同一时间|同一时刻|持续|全程|(?<![A-Za-z])[TDH]\s*[+＋\-－−]\s*\d+|\d+\s*(?:min|mins|minutes?|h|hrs?|hours?|d|days?)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex TimeLimit();

    /// <summary>
    /// A timeline mark opening a step (T+0：, T+30min：, D+1 , T-12h（有预警时）：), which says when, not who; a minus counts
    /// back from a known moment (a departure, an opening), and a bracketed condition may follow the mark.
    /// </summary>
    [GeneratedRegex(@"^\s*[TDH]\s*[+＋\-－−]\s*\d+\s*(?:min|mins|minutes?|h|hrs?|hours?|d|days?|分钟|小时|天)?\s*(?:[（(][^）)]*[）)])?\s*[：:，,、\s]\s*", RegexOptions.IgnoreCase)]
    public static partial Regex TimelineMark();

    [GeneratedRegex(@"负责人|主管|经理|总监|营长|运营官|教研|签到组|工作人员|法务|公关|客服|助教|班主任|老师|讲师|群主|群管|管理员|值班|运营|技术|研发|开发|财务|合规|风控|老板|领导|专员|店长|主播|助播|场控|中控|制作人|站长|调度|编辑|产品|市场|商务|销售|人事|HR|CEO|安全|仓库|物流|售后|团队|小组|组长|同学|主理人|平台|警方|报警|110|网信|监管|律师|组|部门|事业部|中心|岗|团长|商家|司机|骑手|供应商|承运商|酒店|航司|银行|渠道|客户经理|顾问|主办方|前台|服务台|总控|品控|质检|医生|(?<![A-Za-z])(?:CSM|CSE|CS|PM|Ops|Lead|Manager|Owner|Support|On-?call|Admin|Moderator|Agent|Engineer|Team|Logistics|Finance|Compliance|Legal|QA)(?![a-z])")]
    private static partial Regex Role();

    [GeneratedRegex(@"通知|上报|报告|告知|汇报|同步给|同步到|升级给|升级到|抄送|拉上|转交|交给|请示|联系|找|报警|举报|@")]
    private static partial Regex ReportingVerb();

    [GeneratedRegex(@"很多|许多|大量|大批|大面积|大范围|大多|较多|较大|较高|过多|过高|多个|多条|多次|多名|多位|多人|不少|一些|部分|少数|个别|集中|集体|批量|频繁|反复|不断|持续|陆续|越来越|明显|严重|激动|情绪|激烈|扩大|蔓延|上升|增多|激增|暴增|暴涨|飙升|下滑|发酵|热度|热帖|热议|高价|大额|高额|超过(?!\S{0,6}(?:期限|时限))|超出|高于|低于|多于|少于|大于|小于|以上|以下|不足|接近")]
    private static partial Regex Degree();

    [GeneratedRegex(@"一旦|任何|任一|首次|首条|每一|只要")]
    private static partial Regex Trigger();
}

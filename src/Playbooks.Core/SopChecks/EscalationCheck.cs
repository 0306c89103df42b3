using System.Text.RegularExpressions;
using Playbooks.Core.Diagnostics;
using Playbooks.Core.Model;

namespace Playbooks.Core.SopChecks;

/// <summary>
/// 激化情况: every item needs a threshold (a number, time or count) and someone who is told. "用户情绪激动 → 上报" leaves
/// the person on duty guessing when it is bad enough and whom to call, at the moment they have the least time to think.
/// A discrete event ("收到警方协查函 → 当天通知法务", "媒体报道 → 通知公关") is its own threshold: it fires on its first
/// occurrence and nobody has to judge how much is enough. Only a signal that is a matter of degree (很多、集中、持续、
/// 情绪激动、超过…) without a number is flagged.
/// </summary>
internal static partial class EscalationCheck
{
    private const string Example = "例如“30 分钟内 3 人以上公开附和 → 通知社群运营主管”";

    public static IEnumerable<SopFinding> Check(Playbook playbook)
    {
        if (playbook.Section(SectionKind.Escalation) is not { IsEmpty: false } section)
            yield break;
        var items = SectionItems.Items(playbook, section);
        // A list is the escalation ladder; prose around it ("以下任一情况…") introduces it and is not a rung.
        if (items.Any(i => i.IsListItem))
            items = items.Where(i => i.IsListItem).ToList();
        foreach (var item in items)
        {
            if (!SopPatterns.HasQuantity(item.Text) && !SopPatterns.HasTrigger(item.Text) && SopPatterns.IsMatterOfDegree(Signal(item.Text)))
                yield return new SopFinding(FindingCodes.EscalationNoThreshold, item.Line, 1,
                    $"激化信号“{Excerpt(item.Text)}”没有阈值（数字、时间或次数）：值班同学判断不了什么时候该升级，容易升级太晚或层层上报",
                    $"写出可数的阈值，{Example}；一出现就要升级的写“一旦出现…”");
            if (!Recipient(item.Text))
                yield return new SopFinding(FindingCodes.EscalationNoRecipient, item.Line, 1,
                    $"激化信号“{Excerpt(item.Text)}”没有写通知谁：事态升级时值班同学不知道该找谁，时间耗在问人上",
                    $"在箭头后写上接手的角色，{Example}");
        }
    }

    // "→ 社群助教立即禁言" names who takes over; without an arrow a verb of telling must go with the role, since the
    // signal itself often names a role ("客服收到 10 条投诉") that is not the one being told.
    private static bool Recipient(string text)
    {
        var arrow = Arrow(text);
        return arrow >= 0
            ? SopPatterns.HasRole(text[arrow..]) || SopPatterns.HasReportingVerb(text[arrow..]) || HandOver().IsMatch(text[(arrow + 1)..].TrimStart('>', ' '))
            : SopPatterns.HasRole(text) && SopPatterns.HasReportingVerb(text);
    }

    /// <summary>What is seen, before the arrow to what is done (the whole item when it has no arrow).</summary>
    private static string Signal(string text) => Arrow(text) is var arrow and >= 0 ? text[..arrow] : text;

    private static int Arrow(string text)
    {
        var arrow = text.IndexOfAny(['→', '⇒']);
        return arrow < 0 ? text.IndexOf("->", StringComparison.Ordinal) : arrow;
    }

    // "→ 报制作人", "→ 交专项组": a hand-over verb opening the reaction names someone to hand to, whatever their title.
    [GeneratedRegex(@"^(?:立即|立刻|马上|当天)?(?:报给?|交给?|转给|转交)(?![名表价销])")]
    private static partial Regex HandOver();

    /// <summary>The item's start, short enough to quote in a one-line finding.</summary>
    public static string Excerpt(string text)
    {
        var line = text.Split('\n')[0].Replace("**", "", StringComparison.Ordinal).Trim();
        return line.Length <= 24 ? line : line[..24] + "…";
    }
}

using System.Text.RegularExpressions;
using Playbooks.Core.Diagnostics;
using Playbooks.Core.Model;

namespace Playbooks.Core.SopChecks;

/// <summary>
/// 处理方法: every step says who does it and by when. In a group chat at 11 pm, "开启全员禁言" without a role is done by
/// nobody or by three people at once, and without a time limit nobody knows it is late.
/// </summary>
internal static partial class HandlingStepCheck
{
    private const string Example = "例如“1. **社群助教（2 分钟内）** 开启全员禁言”";

    public static IEnumerable<SopFinding> Check(Playbook playbook)
    {
        if (playbook.Section(SectionKind.Handling) is not { IsEmpty: false } section)
            yield break;
        SectionItem? leadIn = null;
        foreach (var item in SectionItems.Items(playbook, section))
        {
            if (!item.IsListItem)
            {
                leadIn = IsLeadIn(item.Text) ? item : null;
                continue;
            }
            var step = item;
            // A lead-in names its role anywhere ("以下由值班客服完成：", "### 第二阶段：社群运营主管（当天）").
            if (!HasRole(step.Text) && !(leadIn is not null && SopPatterns.HasRole(leadIn.Text)))
                yield return new SopFinding(FindingCodes.StepNoRole, step.Line, 1,
                    $"步骤“{EscalationCheck.Excerpt(step.Text)}”没有写由谁来做：事故中没人认领的步骤会被漏掉，或几个人重复做",
                    $"在步骤开头加粗写角色和时限，{Example}");
            if (!HasTimeLimit(step.Text) && !(leadIn is not null && HasTimeLimit(leadIn.Text)))
                yield return new SopFinding(FindingCodes.StepNoTimeLimit, step.Line, 1,
                    $"步骤“{EscalationCheck.Excerpt(step.Text)}”没有时限：值班同学不知道这一步多久内要完成，拖慢了也没人察觉",
                    $"在角色后的括号里写时限（2 分钟内、30 分钟内、当天内；与上一步同时做写“同步进行”），{Example}");
        }
    }

    /// <summary>
    /// A paragraph that introduces the list under it ("以下由值班客服在 10 分钟内完成：", "**商务负责人**（24 小时内）\n对照合同
    /// 判断责任：") or a sub-heading over it (<c>### 第一阶段（30 分钟内）</c>): who and by when, said once for every step of
    /// that list. Any other paragraph between two lists ends it.
    /// </summary>
    private static bool IsLeadIn(string paragraph) =>
        paragraph.StartsWith('#') || paragraph.TrimEnd().EndsWith('：') || paragraph.TrimEnd().EndsWith(':');

    private static bool HasRole(string text)
    {
        // The role is what the step opens with (the bold lead, else the words before the first colon or comma):
        // a role mentioned later ("…通知客服") is who is told, not who acts.
        text = Unnumbered(text);
        var (lead, rest) = Lead(text);
        if (SopPatterns.HasRole(lead) || TemplateRoleLabel().IsMatch(text) || PlainRoleLabel(text))
            return true;
        // "如果概率没问题：社区运营发一篇说明", "选择退款的，客服加急退款": a condition opens the step and the one who acts
        // opens the clause after it.
        return IsCondition(lead) && SubjectIsRole(Lead(rest).Lead);
    }

    /// <summary>
    /// A deadline anywhere in the step, or in a bracketed note (the template's time slot) one relative to an event
    /// (<c>（开服前）</c>, <c>（举证期内）</c>), "at once" (<c>（实时）</c>, <c>（被拦即时）</c>) or a cadence (<c>（月度）</c>). Only in
    /// the note: in running text these words describe things (实时展示、目前、年度总结).
    /// </summary>
    private static bool HasTimeLimit(string text) =>
        SopPatterns.HasTimeLimit(text) || BracketNote().Matches(text).Any(note => EventDeadline().IsMatch(note.Groups["note"].Value));

    /// <summary>The step without what only says when or in which order: a timeline mark (T+0：), an ordinal (第一步，).</summary>
    private static string Unnumbered(string step)
    {
        // "T+0：值班客服接到电话…": the timeline mark says when; who acts comes after it.
        step = SopPatterns.TimelineMark().Replace(step, "", 1);
        return Ordinal().Replace(step, "", 1);
    }

    /// <summary>The step's opening words (its bold lead, else up to the first colon or comma) and what follows them.</summary>
    private static (string Lead, string After) Lead(string step)
    {
        var bold = BoldLead().Match(step);
        if (bold.Success)
            return (bold.Groups["lead"].Value, step[bold.Length..].TrimStart('：', ':', '，', ',', ' '));
        var end = step.IndexOfAny(['：', ':', '，', ',', '。']);
        return end > 0 ? (step[..end], step[(end + 1)..].TrimStart()) : (step, "");
    }

    /// <summary>
    /// The words before a condition's end (如果…、若…、…的、…时、…后、…前): a step that starts with one names its actor next.
    /// </summary>
    private static bool IsCondition(string lead) => Condition().IsMatch(lead);

    // The role must open the clause: in "通知客服处理" the role is who is told.
    private static bool SubjectIsRole(string clause) =>
        SopPatterns.FirstRole(clause) is { } index && index <= MaxSubjectOffset && !SopPatterns.HasReportingVerb(clause[..index]);

    /// <summary>Room for a team or place before the role ("区域团长运营", "平台治理部", "售后组的值班客服").</summary>
    private const int MaxSubjectOffset = 8;

    /// <summary>
    /// The template's shape without its bold, or with the bold round the name only: <c>站长（1 小时内）：</c>,
    /// <c>**城配调度**（发现当天）</c>. The name must not itself say when or on what condition (<c>高峰过后（次日）：</c>
    /// opens with a moment, not a person).
    /// </summary>
    private static bool PlainRoleLabel(string step) =>
        PlainLabel().Match(step) is { Success: true } label && !NotAName().IsMatch(label.Groups["name"].Value);

    /// <summary>
    /// A step that opens in the template's own shape, a short bold name followed by a bracketed time
    /// (<c>**CSM（24 小时内）**</c>, <c>**引座员（T+0）**</c>), names who acts whatever that name is: teams call their roles
    /// things no word list can know (English titles, 营养师, 现场总控), and a false "no role" on a step written exactly as the
    /// template asks teaches people to ignore lint.
    /// </summary>
    [GeneratedRegex(@"^\*\*[^*（(：:，,。]{1,16}[（(][^）)*]+[）)]\*\*")]
    private static partial Regex TemplateRoleLabel();

    // "站长（1 小时内）：" and "**城配调度**（发现当天）": a name of at most 16 characters, then a bracketed note.
    [GeneratedRegex(@"^(?:\*\*(?<name>[^*（(：:，,。]{1,16})\*\*\s*[（(][^）)]+[）)]|(?<name>[^*（(：:，,。\s]{1,16})[（(][^）)]+[）)]\s*[：:])")]
    private static partial Regex PlainLabel();

    // A label that is a moment or a condition rather than a name: digits, 如果/若/当…, …后/前/时/内/中/起/期间.
    [GeneratedRegex(@"\d|^(?:如果|若|假如|万一|一旦|当|如|凡)|(?:后|前|时|内|中|起|期间)$")]
    private static partial Regex NotAName();

    [GeneratedRegex(@"^\*\*(?<lead>.+?)\*\*")]
    private static partial Regex BoldLead();

    // 第一步，/ 第 2 步：/ 步骤 3：/ Step 1:
    [GeneratedRegex(@"^\s*(?:第\s*[一二三四五六七八九十\d]+\s*步|步骤\s*[一二三四五六七八九十\d]+|Step\s*\d+)\s*[：:，,、.．\s]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^(?:如果|若|假如|万一|一旦|当|对于?|凡是?)|(?:的|时|后|前|的话)$")]
    private static partial Regex Condition();

    [GeneratedRegex(@"[（(](?<note>[^）)]{1,24})[）)]")]
    private static partial Regex BracketNote();

    // Before or within a stretch the reader knows (开服前、下次活动前、举证期内、平台投诉时限内), at once, or a cadence.
    [GeneratedRegex(@"(?<!^目|^提|^当)(?:之前|以前|前)$|(?:期内|期限内|时限内|时间内)$|(?:实时|即时)$|^(?:月度|季度|年度|每季度|每年)$")]
    private static partial Regex EventDeadline();
}

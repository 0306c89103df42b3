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
        foreach (var step in SectionItems.Items(playbook, section).Where(i => i.IsListItem))
        {
            // The role is what the step opens with (the bold lead, else the words before the first colon or comma):
            // a role mentioned later ("…通知客服") is who is told, not who acts.
            var lead = Lead(step.Text);
            if (!SopPatterns.HasRole(lead) && !IsTemplateRoleLabel(step.Text))
                yield return new SopFinding(FindingCodes.StepNoRole, step.Line, 1,
                    $"步骤“{EscalationCheck.Excerpt(step.Text)}”没有写由谁来做：事故中没人认领的步骤会被漏掉，或几个人重复做",
                    $"在步骤开头加粗写角色和时限，{Example}");
            if (!SopPatterns.HasTimeLimit(step.Text))
                yield return new SopFinding(FindingCodes.StepNoTimeLimit, step.Line, 1,
                    $"步骤“{EscalationCheck.Excerpt(step.Text)}”没有时限：值班同学不知道这一步多久内要完成，拖慢了也没人察觉",
                    $"在角色后的括号里写时限（2 分钟内、30 分钟内、当天内；与上一步同时做写“同步进行”），{Example}");
        }
    }

    private static string Lead(string step)
    {
        // "T+0：值班客服接到电话…": the timeline mark says when; who acts comes after it.
        step = SopPatterns.TimelineMark().Replace(step, "", 1);
        var bold = BoldLead().Match(step);
        if (bold.Success)
            return bold.Groups["lead"].Value;
        var end = step.IndexOfAny(['：', ':', '，', ',', '。']);
        return end > 0 ? step[..end] : step;
    }

    /// <summary>
    /// A step that opens in the template's own shape, a short bold name followed by a bracketed time
    /// (<c>**CSM（24 小时内）**</c>, <c>**引座员（T+0）**</c>), names who acts whatever that name is: teams call their roles
    /// things no word list can know (English titles, 营养师, 现场总控), and a false "no role" on a step written exactly as the
    /// template asks teaches people to ignore lint.
    /// </summary>
    private static bool IsTemplateRoleLabel(string step) =>
        TemplateRoleLabel().IsMatch(SopPatterns.TimelineMark().Replace(step, "", 1));

    [GeneratedRegex(@"^\*\*(?<lead>.+?)\*\*")]
    private static partial Regex BoldLead();

    [GeneratedRegex(@"^\*\*[^*（(：:，,。]{1,16}[（(][^）)*]+[）)]\*\*")]
    private static partial Regex TemplateRoleLabel();
}

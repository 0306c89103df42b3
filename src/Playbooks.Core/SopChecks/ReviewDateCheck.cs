using Playbooks.Core.Diagnostics;
using Playbooks.Core.Model;

namespace Playbooks.Core.SopChecks;

/// <summary>
/// A playbook with neither <c>reviewed</c> nor <c>updated</c>: nobody can tell whether its contacts, tools and platform
/// rules are still true, and <c>playbooks stale</c> cannot list it. The review date is the one <c>stale</c> uses:
/// <c>reviewed</c>, else <c>updated</c> (<see cref="Playbook.LastReviewed"/>).
/// </summary>
internal static class ReviewDateCheck
{
    public static IEnumerable<SopFinding> Check(Playbook playbook)
    {
        if (playbook.LastReviewed is not null || playbook.RawText.Length == 0)
            yield break;
        yield return new SopFinding(FindingCodes.NoReviewDate, 1, 1,
            "预案没有复核日期（reviewed 或 updated）：值班同学无法判断里面的联系人、工具和平台规则是否还有效，playbooks stale 也列不出它",
            "在 front matter 加 `reviewed: YYYY-MM-DD`（最后一次确认内容仍然有效的日期）");
    }
}

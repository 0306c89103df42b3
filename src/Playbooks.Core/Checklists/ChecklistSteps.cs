using System.Text.RegularExpressions;
using Playbooks.Core.Model;

namespace Playbooks.Core.Checklists;

/// <summary>
/// Reads a playbook's handling steps (<see cref="Playbook.HandlingSteps"/>) into <see cref="ChecklistStep"/>s: the bold
/// lead the team writes first (<c>**社群助教（2 分钟内）**</c>) becomes role and time limit, the rest the step's text.
/// </summary>
public static partial class ChecklistSteps
{
    public static IReadOnlyList<ChecklistStep> From(Playbook playbook) =>
        playbook.HandlingSteps.Select((step, i) => Read(i + 1, step)).ToList();

    public static ChecklistStep Read(int number, string step)
    {
        string? role = null, time = null;
        var rest = step;
        var lead = BoldLead().Match(step);
        if (lead.Success)
        {
            rest = step[lead.Length..];
            var parts = RoleAndTime().Match(lead.Groups["lead"].Value.Trim());
            (role, time) = parts.Success
                ? (parts.Groups["role"].Value.Trim(), parts.Groups["time"].Value.Trim())
                : (lead.Groups["lead"].Value.Trim(), null);
        }
        var markdown = Quotes.Normalize(rest.Trim());
        return new ChecklistStep(number, Empty(role), Empty(time), markdown, PlainText.FromMarkdown(markdown));
    }

    private static string? Empty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    // "**社群助教（2 分钟内）**", optionally followed by a colon: "**客服主管**：".
    [GeneratedRegex(@"^\*\*(?<lead>[^*\n]+?)\*\*\s*[:：]?\s*")]
    private static partial Regex BoldLead();

    [GeneratedRegex(@"^(?<role>[^（(]*?)\s*[（(](?<time>[^（）()]*)[）)]$")]
    private static partial Regex RoleAndTime();
}

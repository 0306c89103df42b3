using System.Text;
using Playbooks.Core.Model;

namespace Playbooks.Core.Checklists;

/// <summary>
/// The handling steps of a playbook as a checklist to paste into a WeChat / 企业微信 group: numbered, who and by when
/// first, ☐ to tick, no Markdown syntax. <see cref="Plain"/> is the one text the CLI prints
/// (<c>show --checklist</c>), the site and <c>serve</c> put behind their "复制处理清单" button, and the tests compare;
/// <see cref="Markdown"/> is the same list for Markdown tools (<c>--checklist --md</c>). Both end with a newline.
/// </summary>
public static class ChecklistText
{
    public static string Plain(Playbook playbook)
    {
        var text = new StringBuilder();
        text.Append("【处理清单】").Append(playbook.Title).Append('\n');
        text.Append(Facts(playbook)).Append('\n');
        foreach (var step in ChecklistSteps.From(playbook))
        {
            text.Append('\n').Append("☐ ").Append(step.Number).Append(". ");
            if (Lead(step) is { } lead)
                text.Append('【').Append(lead).Append('】');
            text.Append(step.Text);
        }
        return text.Append('\n').ToString();
    }

    public static string Markdown(Playbook playbook)
    {
        var text = new StringBuilder();
        text.Append("### 处理清单：").Append(playbook.Title).Append("\n\n");
        text.Append(Facts(playbook)).Append("\n\n");
        foreach (var step in ChecklistSteps.From(playbook))
        {
            text.Append("- [ ] **").Append(step.Number).Append('.');
            if (Lead(step) is { } lead)
                text.Append(' ').Append(lead);
            text.Append("** ");
            // Continuation lines stay inside the task item.
            text.Append(step.Markdown.Replace("\n", "\n  ", StringComparison.Ordinal)).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>"社群助教｜发现后 2 分钟内": who first, then by when; null for a step with neither.</summary>
    private static string? Lead(ChecklistStep step) =>
        (step.Role, step.TimeLimit) switch
        {
            (null, null) => null,
            ({ } role, null) => role,
            (null, { } time) => time,
            ({ } role, { } time) => $"{role}｜{time}",
        };

    /// <summary>"预案 bot-flood · 严重程度 高 · 负责人 社群运营主管": what the group needs to find the full playbook and its owner.</summary>
    private static string Facts(Playbook playbook)
    {
        var facts = new List<string> { $"预案 {playbook.Id}" };
        if (playbook.SeverityText is { } severity)
            facts.Add($"严重程度 {severity}");
        if (playbook.Owner.Length > 0)
            facts.Add($"负责人 {playbook.Owner}");
        return string.Join(" · ", facts);
    }
}

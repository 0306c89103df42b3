using Playbooks.Core.Checklists;
using Playbooks.Core.Model;

namespace Playbooks.Cli.Output;

/// <summary><c>show --checklist</c>: the group-chat checklist, byte for byte what the site's "复制处理清单" button copies.</summary>
internal static class ChecklistView
{
    public static void Write(CliEnvironment env, Playbook playbook, bool json, bool markdown)
    {
        if (json)
        {
            JsonOutput.Write(env, new
            {
                id = playbook.Id,
                title = playbook.Title,
                text = ChecklistText.Plain(playbook),
                markdown = ChecklistText.Markdown(playbook),
                steps = ChecklistSteps.From(playbook).Select(s => new { number = s.Number, role = s.Role, timeLimit = s.TimeLimit, text = s.Text }),
            });
            return;
        }
        // Straight to the output, not through the rich console: that wraps at the terminal width, and wrapped lines
        // would be pasted into the chat as broken lines.
        env.Out.Write(markdown ? ChecklistText.Markdown(playbook) : ChecklistText.Plain(playbook));
        env.Out.Flush();
    }
}

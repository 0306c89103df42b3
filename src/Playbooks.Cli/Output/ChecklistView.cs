using Playbooks.Core;
using Playbooks.Core.Checklists;
using Playbooks.Core.Model;

namespace Playbooks.Cli.Output;

/// <summary><c>show --checklist</c>: the group-chat checklist, byte for byte what the site's "复制处理清单" button copies.</summary>
internal static class ChecklistView
{
    /// <exception cref="PlaybooksException">The playbook has no handling steps (none written yet, or written as paragraphs).</exception>
    public static void Write(CliEnvironment env, Playbook playbook, bool json, bool markdown)
    {
        // A checklist with a title and no steps, pasted into a group mid-incident, tells nobody what to do; the site and
        // serve show no copy button for such a playbook either.
        if (playbook.HandlingSteps.Count == 0)
            throw new PlaybooksException($"预案 {playbook.Id} 的“处理方法”没有编号步骤，生成不了处理清单",
                $"把处理方法写成编号步骤（1. 2. 3.），运行 `playbooks lint` 查看问题；现在可以用 playbooks show {playbook.Id} 查看全文",
                playbook.Path, ErrorKind.NoSteps);
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

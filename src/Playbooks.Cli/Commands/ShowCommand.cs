using System.CommandLine;
using Playbooks.Cli.Help;
using Playbooks.Cli.Output;
using Playbooks.Core;
using Playbooks.Core.Json;

namespace Playbooks.Cli.Commands;

/// <summary><c>playbooks show &lt;id&gt;</c>: one playbook, sections as panels; <c>--checklist</c>: its steps to paste into a group chat.</summary>
internal static class ShowCommand
{
    public static Command Create(CliEnvironment env)
    {
        var id = new Argument<string>("id") { Description = "预案 id，例如 bot-flood" };
        var json = CliOptions.Json();
        var checklist = new Option<bool>("--checklist") { Description = "只输出处理步骤清单（纯文本，可直接粘贴到微信群、企业微信群）" };
        var markdown = new Option<bool>("--md") { Description = "与 --checklist 一起用：输出 Markdown 任务清单（- [ ]）" };
        var command = new Command("show", "在终端里显示一个预案") { id, json, checklist, markdown };
        command.WithExamples(
            new HelpExample("playbooks show bot-flood"),
            new HelpExample("playbooks show bot-flood --checklist"),
            new HelpExample("playbooks show bot-flood --json"));
        command.SetAction(parse =>
        {
            if (parse.GetValue(markdown) && !parse.GetValue(checklist))
                throw new PlaybooksException("--md 只能和 --checklist 一起用", "写成 playbooks show <id> --checklist --md", "--md", ErrorKind.Usage);
            using var knowledgeBase = KnowledgeBaseSession.Open(parse, env);
            var playbook = knowledgeBase.Show(parse.GetValue(id)!);

            if (parse.GetValue(checklist))
                ChecklistView.Write(env, playbook, parse.GetValue(json), parse.GetValue(markdown));
            else if (parse.GetValue(json))
                JsonOutput.Write(env, PlaybookDocument.From(playbook, includeMarkdown: true));
            else
                PlaybookView.Write(env.Console, playbook);
            return CliApp.ExitOk;
        });
        return command;
    }
}

using System.CommandLine;
using Playbooks.Cli.Help;
using Playbooks.Cli.Output;
using Playbooks.Core.Json;

namespace Playbooks.Cli.Commands;

/// <summary><c>playbooks show &lt;id&gt;</c>: one playbook, sections as panels.</summary>
internal static class ShowCommand
{
    public static Command Create(CliEnvironment env)
    {
        var id = new Argument<string>("id") { Description = "预案 id，例如 bot-flood" }.RejectingOptions();
        var json = CliOptions.Json();
        var command = new Command("show", "在终端里显示一个预案") { id, json };
        command.WithExamples(
            new HelpExample("playbooks show bot-flood"),
            new HelpExample("playbooks show bot-flood --json"));
        command.SetAction(parse =>
        {
            using var knowledgeBase = KnowledgeBaseSession.Open(parse, env);
            var playbook = knowledgeBase.Show(parse.GetValue(id)!);

            if (parse.GetValue(json))
                JsonOutput.Write(env, PlaybookDocument.From(playbook, includeMarkdown: true));
            else
                PlaybookView.Write(env.Console, playbook);
            return CliApp.ExitOk;
        });
        return command;
    }
}

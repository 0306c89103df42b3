using System.CommandLine;
using Playbooks.Application;
using Playbooks.Cli.Help;
using Playbooks.Cli.Output;
using Spectre.Console;

namespace Playbooks.Cli.Commands;

/// <summary><c>playbooks similar &lt;id&gt;</c>: the playbooks closest to one playbook (the site's "related" list).</summary>
internal static class SimilarCommand
{
    public static Command Create(CliEnvironment env)
    {
        var id = new Argument<string>("id") { Description = "预案 id" };
        var limit = CliOptions.Limit("最多显示几条", ResultLimit.Default);
        var json = CliOptions.Json();
        var command = new Command("similar", "列出与某个预案最相近的其他预案") { id, limit, json };
        command.WithExamples(
            new HelpExample("playbooks similar bot-flood"),
            new HelpExample("playbooks similar bot-flood --limit 3 --json"));
        command.SetAction(parse =>
        {
            var n = CliOptions.LimitValue(parse, limit);
            using var knowledgeBase = KnowledgeBaseSession.Open(parse, env);
            var response = knowledgeBase.Similar(parse.GetValue(id)!, n);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(env, response);
                return CliApp.ExitOk;
            }
            var table = new Table().Border(TableBorder.Rounded).AddColumn("#").AddColumn("id").AddColumn("标题").AddColumn("分类").AddColumn("相似度");
            // The best score, not the first: drafts are listed after written playbooks whatever their score.
            var top = response.Results.Select(r => r.Score).DefaultIfEmpty(1).Max();
            for (var i = 0; i < response.Results.Count; i++)
            {
                var r = response.Results[i];
                table.AddRow((i + 1).ToString(), Markup.Escape(r.Id), Markup.Escape(r.Title), Markup.Escape(r.Category), $"{r.Score / top:P0}");
            }
            env.Console.Write(table);
            return CliApp.ExitOk;
        });
        return command;
    }
}

using System.CommandLine;
using Playbooks.Cli.Help;
using Playbooks.Cli.Output;
using Playbooks.Cli.Output.Layout;
using Playbooks.Core.Json;
using Playbooks.Core.Model;
using Spectre.Console;

namespace Playbooks.Cli.Commands;

/// <summary><c>playbooks list</c>: the catalog as a table, grouped by category.</summary>
internal static class ListCommand
{
    public static Command Create(CliEnvironment env)
    {
        var json = CliOptions.Json();
        var guides = new Option<bool>("--guides") { Description = "同时列出新人指南" };
        var command = new Command("list", "列出所有预案（id、标题、分类、严重程度、更新日期）") { json, guides };
        command.WithExamples(
            new HelpExample("playbooks list"),
            new HelpExample("playbooks list --guides --json"));
        command.SetAction(parse =>
        {
            using var knowledgeBase = KnowledgeBaseSession.Open(parse, env);
            var items = knowledgeBase.List(includeGuides: parse.GetValue(guides));

            if (parse.GetValue(json))
            {
                JsonOutput.Write(env, items.Select(p => ListedPlaybook.From(PlaybookDocument.From(p))).ToList());
                return CliApp.ExitOk;
            }

            var table = new ResponsiveTable()
                .AddColumn("id", ColumnRole.Whole).AddColumn("标题", ColumnRole.Wrapped).AddColumn("分类", ColumnRole.Whole)
                .AddColumn("严重程度", ColumnRole.Whole).AddColumn("更新", ColumnRole.Whole);
            foreach (var p in items)
                table.AddRow(
                    Markup.Escape(p.Id),
                    Markup.Escape(p.Title) + (p.Draft ? " [yellow]（草稿）[/]" : ""),
                    Markup.Escape(p.Kind == PlaybookKind.Guide ? "指南" : p.Category),
                    p.SeverityText is not null ? PlaybookView.SeverityMarkup(p) : "",
                    p.Updated?.ToString("yyyy-MM-dd") ?? "");
            env.Console.Write(table);
            env.Console.WrappedLine(Markup.Escape($"共 {items.Count} 条。用 `playbooks show <id>` 查看详情。"));
            return CliApp.ExitOk;
        });
        return command;
    }
}

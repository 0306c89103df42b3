using System.CommandLine;
using Playbooks.Cli.Help;
using Playbooks.Cli.Output;
using Playbooks.Core;

namespace Playbooks.Cli.Commands;

/// <summary><c>playbooks lint [DIR]</c>: every problem in every file; exit 1 when there is any error.</summary>
internal static class LintCommand
{
    public static Command Create(CliEnvironment env)
    {
        var directory = new Argument<string?>("DIR") { Description = "要检查的预案目录（默认同 --playbooks）", Arity = ArgumentArity.ZeroOrOne };
        var json = CliOptions.Json();
        var noSimilarCheck = CliOptions.NoSimilarCheck();
        var command = new Command("lint", "检查预案文件的格式和内容，列出所有问题（文件：行：列）") { directory, json, noSimilarCheck };
        command.WithExamples(
            new HelpExample("playbooks lint"),
            new HelpExample("playbooks lint playbooks/community --json"));
        command.SetAction(parse =>
        {
            // A DIR that does not exist is reported by the loader, whose remedy does not blame --playbooks. An empty one
            // (`lint "$KB"` with KB unset) is a mistake, not a request for the default folder.
            var given = parse.GetValue(directory);
            if (given is not null && string.IsNullOrWhiteSpace(given))
                throw new PlaybooksException("要检查的目录（DIR）是空的", "写上预案目录，例如 playbooks lint team/playbooks；不写 DIR 则检查 --playbooks 指定的目录",
                    "DIR", ErrorKind.BadValue);
            var root = given ?? CliOptions.ResolveKnowledgeBase(parse, env);
            using var knowledgeBase = KnowledgeBaseSession.Open(root, env, report: false);
            var loaded = knowledgeBase.Lint(similarCheck: !parse.GetValue(noSimilarCheck));
            var findings = loaded.Findings;

            if (parse.GetValue(json))
                JsonOutput.Write(env, new LintDocument(root, loaded.Files.Count, loaded.ErrorCount, loaded.WarningCount,
                    findings.Select(LintFindingDocument.From).ToList()));
            else
                FindingsView.Write(env, findings, loaded.Files.Count);

            return loaded.ErrorCount > 0 ? CliApp.ExitUserError : CliApp.ExitOk;
        });
        return command;
    }
}

using System.CommandLine;
using System.Globalization;
using Playbooks.Cli.Commands;
using Playbooks.Cli.Help;
using Playbooks.Cli.Output;
using Playbooks.Core;
using Playbooks.Core.Json;

namespace Playbooks.Cli;

/// <summary>Builds the <c>playbooks</c> command tree and runs it under one error policy.</summary>
public static class CliApp
{
    public const int ExitOk = 0;
    /// <summary>Expected failure: lint errors, unknown id, bad input file (an <see cref="ErrorKind"/> that is not usage).</summary>
    public const int ExitUserError = 1;
    /// <summary>The command line itself is wrong (unknown option, missing argument): <see cref="ErrorKind.IsUsage"/>.</summary>
    public const int ExitUsage = 2;
    /// <summary>A bug or an environment failure nobody anticipated.</summary>
    public const int ExitUnexpected = 3;

    public static RootCommand BuildRoot(CliEnvironment env) => BuildRoot(env, CliCommands.All());

    /// <summary>The root command with <paramref name="commands"/> only (<see cref="CliCommands"/>).</summary>
    public static RootCommand BuildRoot(CliEnvironment env, IEnumerable<Func<CliEnvironment, Command>> commands)
    {
        var root = new RootCommand("运营事故预案库：描述你看到的情况，立刻找到对应的处理预案。")
        {
            CliOptions.Playbooks(),
        };
        foreach (var create in commands)
            root.Add(create(env));
        root.WithExamples(
            new HelpExample("playbooks search 群里突然有人冒充助教发名片拉人"),
            new HelpExample("playbooks show bot-flood"),
            new HelpExample("playbooks lint"));
        ChineseHelp.Install(root, env);
        return root;
    }

    /// <summary>
    /// The UI culture of every run. System.CommandLine picks its zh-Hans satellite resources by it (the few framework
    /// messages that still reach users, such as the --version description); the CLI speaks Chinese whatever the
    /// machine's locale. Only zh-Hans satellites are shipped (SatelliteResourceLanguages in the project file).
    /// </summary>
    public static readonly CultureInfo UiCulture = CultureInfo.GetCultureInfo("zh-Hans");

    /// <summary>Parses <paramref name="args"/> the way every run does.</summary>
    public static ParseResult Parse(RootCommand root, IReadOnlyList<string> args) =>
        root.Parse(args, new ParserConfiguration
        {
            // "@全体成员" in a description is text, not a response file to read arguments from.
            ResponseFileTokenReplacer = null,
        });

    public static Task<int> RunAsync(string[] args, CliEnvironment env) => RunAsync(args, env, CliCommands.All());

    /// <summary>Runs <paramref name="args"/> against a root of <paramref name="commands"/> only (the native front door).</summary>
    public static async Task<int> RunAsync(string[] args, CliEnvironment env, IEnumerable<Func<CliEnvironment, Command>> commands)
    {
        // Set inside this async method, so it holds for the whole run and is undone for the caller when it returns.
        CultureInfo.CurrentUICulture = UiCulture;
        var root = BuildRoot(env, commands);
        var parse = Parse(root, args);
        var json = CliOptions.JsonRequested(parse);
        if (parse.Action is not ChineseHelpAction && UsageErrors.Describe(parse) is { Count: > 0 } problems)
        {
            if (json)
                JsonOutput.WriteError(env, ErrorDocument.Usage(problems[0].Kind, problems[0].Message, problems[0].Remedy, problems[0].Option));
            else
                ErrorView.WriteUsageErrors(env, problems);
            return ExitUsage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = env.Out,
                Error = env.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (PlaybooksException ex)
        {
            var shown = CliRemedies.WithOptions(ex);
            if (json)
                JsonOutput.WriteError(env, ErrorDocument.From(shown));
            else
                ErrorView.WriteExpected(env, shown);
            return ex.Kind.ExitCode;
        }
        catch (Exception ex)
        {
            // The details a maintainer needs go to stderr either way; a script reading stdout still gets an object.
            if (json)
                JsonOutput.WriteError(env, ErrorDocument.Internal($"内部错误：{ex.Message}", ErrorView.ReportBug));
            ErrorView.WriteUnexpected(env, ex);
            return ExitUnexpected;
        }
    }
}

using System.CommandLine;
using Playbooks.Cli.Commands;
using Playbooks.Cli.Output;
using Playbooks.Core;

namespace Playbooks.Cli;

/// <summary>Builds the <c>playbooks</c> command tree and runs it under one error policy.</summary>
public static class CliApp
{
    public const int ExitOk = 0;
    /// <summary>Expected failure: lint errors, unknown id, bad input file.</summary>
    public const int ExitUserError = 1;
    /// <summary>The command line itself is wrong (unknown option, missing argument).</summary>
    public const int ExitUsage = 2;
    /// <summary>A bug or an environment failure nobody anticipated.</summary>
    public const int ExitUnexpected = 3;

    public static RootCommand BuildRoot(CliEnvironment env)
    {
        var root = new RootCommand("运营事故预案库：描述你看到的情况，立刻找到对应的处理预案。")
        {
            CliOptions.Playbooks(),
        };
        root.Add(LintCommand.Create(env));
        root.Add(ListCommand.Create(env));
        root.Add(ShowCommand.Create(env));
        root.Add(SearchCommand.Create(env));
        root.Add(SimilarCommand.Create(env));
        root.Add(EvalCommand.Create(env));
        root.Add(SiteCommand.Create(env));
        root.Add(ServeCommand.Create(env));
        root.Add(NewCommand.Create(env));
        root.Add(ImportCommand.Create(env));
        root.Add(StaleCommand.Create(env));
        root.Add(AnalyzeCommand.Create(env));
        root.Add(LexiconCommand.Create(env));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliEnvironment env)
    {
        var root = BuildRoot(env);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            ErrorView.WriteUsageErrors(env, parse);
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
            ErrorView.WriteExpected(env, ex);
            return ex.Code == "usage" ? ExitUsage : ExitUserError;
        }
        catch (Exception ex)
        {
            ErrorView.WriteUnexpected(env, ex);
            return ExitUnexpected;
        }
    }
}

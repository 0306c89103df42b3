using System.CommandLine;
using Playbooks.Cli.Output;
using Playbooks.Search;
using Playbooks.Search.Indexing;

namespace Playbooks.Cli.Commands;

/// <summary>Opens the search engine for a command (index refreshed as needed) and reports notices and skipped files on stderr.</summary>
internal static class EngineSession
{
    public static SearchEngine Open(ParseResult parse, CliEnvironment env)
    {
        var root = CliOptions.ResolveKnowledgeBase(parse, env);
        var fullRoot = Path.GetFullPath(root, env.CurrentDirectory);
        var indexPath = env.GetVariable(Playbooks.Search.Storage.IndexLocation.EnvironmentVariable) is { Length: > 0 } p
            ? Path.GetFullPath(p, env.CurrentDirectory) : null;
        var engine = IndexProgressDisplay.Run(env, ShowsProgress(parse, env),
            progress => SearchEngine.Open(fullRoot, indexPath, clock: env.Clock, storage: env.IndexStorage, progress: progress));
        Report(env, engine.LastRefresh, fullRoot, root);
        return engine;
    }

    /// <summary>Progress goes to stderr when a person watches it there, and never under --json (scripts read those runs).</summary>
    private static bool ShowsProgress(ParseResult parse, CliEnvironment env) =>
        env.ErrorIsTerminal
        && !(parse.CommandResult.Command.Options.FirstOrDefault(o => o.Name == "--json") is Option<bool> json && parse.GetValue(json));

    /// <summary>
    /// The lines a refresh has for the user, on stderr: notices (rebuilds, an in-memory index on a full disk), skipped
    /// files, settings problems and the metadata note. <c>serve</c> prints the same at start, so it never degrades silently.
    /// </summary>
    public static void Report(CliEnvironment env, RefreshReport report, string fullRoot, string root)
    {
        foreach (var notice in report.Notices)
            env.Error.WriteLine($"提示：{notice}");
        foreach (var skipped in report.Skipped)
            env.Error.WriteLine(skipped.Warning.Replace(fullRoot, root.TrimEnd('/')));
        foreach (var finding in report.Settings)
            env.Error.WriteLine(finding.ToString().Replace(fullRoot, root.TrimEnd('/')));
        if (report.MetadataNote is { } note)
            env.Error.WriteLine($"提示：{note}");
    }

    /// <summary>A result path as the user would type it: the knowledge base as given plus the file's relative path.</summary>
    public static string DisplayPath(ParseResult parse, CliEnvironment env, string relative) =>
        Path.Combine(CliOptions.ResolveKnowledgeBase(parse, env), relative).Replace('\\', '/');
}

using System.CommandLine;
using Playbooks.Search;

namespace Playbooks.Cli.Commands;

/// <summary>Opens the search engine for a command (index refreshed as needed) and reports notices and skipped files on stderr.</summary>
internal static class EngineSession
{
    public static SearchEngine Open(ParseResult parse, CliEnvironment env)
    {
        var root = CliOptions.ResolveKnowledgeBase(parse, env);
        var fullRoot = Path.GetFullPath(root, env.CurrentDirectory);
        var engine = SearchEngine.Open(fullRoot, indexPath: env.GetVariable(Playbooks.Search.Storage.IndexLocation.EnvironmentVariable) is { Length: > 0 } p
            ? Path.GetFullPath(p, env.CurrentDirectory) : null, clock: env.Clock, storage: env.IndexStorage);
        foreach (var notice in engine.LastRefresh.Notices)
            env.Error.WriteLine($"提示：{notice}");
        foreach (var skipped in engine.LastRefresh.Skipped)
            env.Error.WriteLine(skipped.Warning.Replace(fullRoot, root.TrimEnd('/')));
        foreach (var finding in engine.LastRefresh.Settings)
            env.Error.WriteLine(finding.ToString().Replace(fullRoot, root.TrimEnd('/')));
        if (engine.LastRefresh.MetadataNote is { } note)
            env.Error.WriteLine($"提示：{note}");
        return engine;
    }

    /// <summary>A result path as the user would type it: the knowledge base as given plus the file's relative path.</summary>
    public static string DisplayPath(ParseResult parse, CliEnvironment env, string relative) =>
        Path.Combine(CliOptions.ResolveKnowledgeBase(parse, env), relative).Replace('\\', '/');
}

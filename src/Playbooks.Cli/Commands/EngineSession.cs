using System.CommandLine;
using Playbooks.Cli.Output;
using Playbooks.Core.Diagnostics;
using Playbooks.Search;
using Playbooks.Search.Indexing;

namespace Playbooks.Cli.Commands;

/// <summary>The search engine itself, for the commands that look under search (eval, analyze), and the lines a refresh has for the user.</summary>
internal static class EngineSession
{
    /// <summary>
    /// Opens the index of the command's knowledge base (refreshed as needed, notices on stderr). The caller disposes
    /// the engine, the only thing the knowledge base it came from holds open.
    /// </summary>
    public static SearchEngine Open(ParseResult parse, CliEnvironment env) => KnowledgeBaseSession.Open(parse, env).Engine;

    /// <summary>
    /// The lines a refresh has for the user, on stderr: notices (rebuilds, an in-memory index on a full disk), skipped
    /// files, settings problems and the metadata note. <c>serve</c> prints the same at start, so it never degrades silently.
    /// </summary>
    public static void Report(CliEnvironment env, RefreshReport report, string fullRoot, string root)
    {
        foreach (var notice in report.Notices)
            env.Error.WriteLine($"提示：{notice}");
        foreach (var skipped in SkipWarnings.Capped(report.Skipped, s => s.Warning))
            env.Error.WriteLine(skipped.Replace(fullRoot, root.TrimEnd('/')));
        foreach (var finding in report.Settings)
            env.Error.WriteLine(finding.ToString().Replace(fullRoot, root.TrimEnd('/')));
        if (report.MetadataNote is { } note)
            env.Error.WriteLine($"提示：{note}");
    }
}

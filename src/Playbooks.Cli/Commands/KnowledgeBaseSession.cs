using System.CommandLine;
using Playbooks.Application;
using Playbooks.Cli.Output;
using Playbooks.Core.Diagnostics;
using Playbooks.Core.KnowledgeBase;

namespace Playbooks.Cli.Commands;

/// <summary>
/// Opens the knowledge base for a command, and tells the user (on stderr) what a load skipped (unreadable files
/// only), what is wrong with <c>playbooks.yml</c>, how many playbooks have metadata problems, and what the index's
/// first refresh had to say.
/// </summary>
internal static class KnowledgeBaseSession
{
    public static KnowledgeBase Open(ParseResult parse, CliEnvironment env)
    {
        var root = CliOptions.ResolveKnowledgeBase(parse, env);
        return Open(root, env, report: true, progress: ShowsProgress(parse, env));
    }

    /// <summary>Progress goes to stderr when a person watches it there, and never under --json (scripts read those runs).</summary>
    private static bool ShowsProgress(ParseResult parse, CliEnvironment env) =>
        env.ErrorIsTerminal
        && !(parse.CommandResult.Command.Options.FirstOrDefault(o => o.Name == CliOptions.JsonName) is Option<bool> json && parse.GetValue(json));

    /// <summary>
    /// The knowledge base in <paramref name="folder"/> (as the user gave it); <paramref name="report"/> says whether loads
    /// and refreshes are told on stderr, <paramref name="progress"/> whether an index build that takes over a second shows
    /// its progress there.
    /// </summary>
    public static KnowledgeBase Open(string folder, CliEnvironment env, bool report, bool progress = false)
    {
        var fullRoot = Path.GetFullPath(folder, env.CurrentDirectory);
        return new KnowledgeBase(new KnowledgeBaseOptions
        {
            Folder = folder,
            CurrentDirectory = env.CurrentDirectory,
            IndexPath = IndexPath(env),
            Clock = env.Clock,
            Storage = env.IndexStorage,
            Loaded = report ? loaded => ReportBroken(env, loaded) : null,
            Opened = report ? refresh => EngineSession.Report(env, refresh, fullRoot, folder) : null,
            OpenIndex = progress ? open => IndexProgressDisplay.Run(env, enabled: true, open) : null,
        });
    }

    /// <summary>Loads the knowledge base for a reading command, reporting what it skipped.</summary>
    public static LoadedKnowledgeBase Load(ParseResult parse, CliEnvironment env)
    {
        using var knowledgeBase = Open(parse, env);
        return knowledgeBase.Load();
    }

    /// <summary>The index file named by PLAYBOOKS_INDEX (relative to the working directory), or null for the default.</summary>
    public static string? IndexPath(CliEnvironment env) =>
        env.GetVariable(Playbooks.Search.Storage.IndexLocation.EnvironmentVariable) is { Length: > 0 } p
            ? Path.GetFullPath(p, env.CurrentDirectory) : null;

    public static void ReportBroken(CliEnvironment env, LoadedKnowledgeBase loaded)
    {
        foreach (var finding in loaded.TreeFindings.Where(f => f.Code.StartsWith("settings-", StringComparison.Ordinal)))
            env.Error.WriteLine(finding.ToString());
        if (Playbooks.Core.Diagnostics.MetadataNotes.For(loaded.MetadataProblemCount) is { } note)
            env.Error.WriteLine($"提示：{note}");
        var broken = loaded.Broken;
        var folders = loaded.TreeFindings.Where(f => f.Code == FindingCodes.UnreadableFolder).ToList();
        if (broken.Count == 0 && folders.Count == 0)
            return;
        var lines = broken.Select(file => SkipWarnings.For(file.Path, file.Findings))
            .Concat(folders.Select(folder => SkipWarnings.For(folder.Path, [folder]))).ToList();
        foreach (var line in SkipWarnings.Capped(lines))
            env.Error.WriteLine(line);
        env.Error.WriteLine($"  运行 `playbooks lint {loaded.Root}` 查看具体问题。");
    }
}

using System.CommandLine;
using Playbooks.Core.Diagnostics;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Parsing;

namespace Playbooks.Cli.Commands;

/// <summary>
/// Loads the knowledge base for a reading command and tells the user (on stderr) what it skipped (unreadable files
/// only), what is wrong with <c>playbooks.yml</c>, and how many playbooks have metadata problems.
/// </summary>
internal static class KnowledgeBaseSession
{
    public static LoadedKnowledgeBase Load(ParseResult parse, CliEnvironment env)
    {
        var root = CliOptions.ResolveKnowledgeBase(parse, env);
        var loaded = new KnowledgeBaseLoader(new PlaybookParser(env.Clock)).Load(root, env.CurrentDirectory);
        ReportBroken(env, loaded);
        return loaded;
    }

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
        foreach (var file in broken)
            env.Error.WriteLine(SkipWarnings.For(file.Path, file.Findings));
        foreach (var folder in folders)
            env.Error.WriteLine(SkipWarnings.For(folder.Path, [folder]));
        env.Error.WriteLine($"  运行 `playbooks lint {loaded.Root}` 查看具体问题。");
    }
}

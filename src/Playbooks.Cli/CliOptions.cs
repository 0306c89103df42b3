using System.CommandLine;
using Playbooks.Core.KnowledgeBase;

namespace Playbooks.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class CliOptions
{
    public static Option<string?> Playbooks { get; } = new("--playbooks")
    {
        Description = "预案目录（默认：当前目录下的 playbooks/，否则环境变量 PLAYBOOKS_DIR）",
        HelpName = "DIR",
        Recursive = true,
    };

    public static Option<bool> Json() => new("--json") { Description = "以 JSON 输出（供脚本和其他工具使用）" };

    /// <summary>The knowledge base folder for this invocation, resolved once per command.</summary>
    public static string ResolveKnowledgeBase(ParseResult parse, CliEnvironment env) =>
        KnowledgeBaseLocator.Resolve(parse.GetValue(Playbooks), env.CurrentDirectory, env.GetVariable);
}

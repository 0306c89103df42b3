using System.CommandLine;
using System.CommandLine.Parsing;
using Playbooks.Application;
using Playbooks.Core;
using Playbooks.Core.KnowledgeBase;

namespace Playbooks.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class CliOptions
{
    public const string PlaybooksName = "--playbooks";

    /// <summary>
    /// The global --playbooks option, new for each root command: an option object remembers every command it was added
    /// to, so one shared instance grew with every root built (tests build many, in parallel). Read it by name.
    /// </summary>
    public static Option<string?> Playbooks() => new(PlaybooksName)
    {
        Description = "预案目录（默认：当前目录下的 playbooks/，否则环境变量 PLAYBOOKS_DIR）",
        HelpName = "DIR",
        Recursive = true,
    };

    /// <summary>The --playbooks value given on the command line, if any.</summary>
    public static string? PlaybooksValue(ParseResult parse) => parse.GetValue<string?>(PlaybooksName);

    public const string JsonName = "--json";

    public static Option<bool> Json() => new(JsonName) { Description = "以 JSON 输出（供脚本和其他工具使用）" };

    /// <summary>Skips the duplicate warning of <c>new</c>, <c>import</c> and <c>lint</c> (it never blocks, but costs an index).</summary>
    public static Option<bool> NoSimilarCheck() => new("--no-similar-check") { Description = "不检查是否与已有预案高度相似（默认会提醒，但从不阻止）" };

    /// <summary>
    /// Whether the command line asks for JSON, read from the tokens so it also holds when the parse failed (an error
    /// must come out as JSON then too). Only a command that has --json counts: elsewhere "--json" is an unknown option.
    /// </summary>
    public static bool JsonRequested(ParseResult parse) =>
        parse.CommandResult.Command.Options.Any(o => o.Name == JsonName)
        && parse.Tokens.Any(t => t.Type == TokenType.Option && t.Value == JsonName);

    /// <summary>--limit/-n for the commands that list results (search, similar): one option, one rule.</summary>
    public static Option<int> Limit(string description, int defaultValue) =>
        new("--limit", "-n") { Description = $"{description}，1–{ResultLimit.Max}", DefaultValueFactory = _ => defaultValue };

    /// <summary>
    /// The value of <paramref name="option"/> (made by <see cref="Limit"/>), checked before anything is opened: the
    /// rule is <see cref="ResultLimit"/>'s, the words name the option.
    /// </summary>
    /// <exception cref="PlaybooksException">Not between 1 and <see cref="ResultLimit.Max"/> (<see cref="ErrorKind.BadLimit"/>).</exception>
    public static int LimitValue(ParseResult parse, Option<int> option)
    {
        var n = parse.GetValue(option);
        if (!ResultLimit.IsValid(n))
            throw new PlaybooksException($"--limit 应在 1 到 {ResultLimit.Max} 之间，实际是 {n}", "例如 --limit 10", "--limit", ErrorKind.BadLimit);
        return n;
    }

    /// <summary>The knowledge base folder for this invocation, resolved once per command.</summary>
    public static string ResolveKnowledgeBase(ParseResult parse, CliEnvironment env) =>
        KnowledgeBaseLocator.Resolve(PlaybooksValue(parse), env.CurrentDirectory, env.GetVariable);
}

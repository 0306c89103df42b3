using System.CommandLine;
using System.Text.RegularExpressions;

namespace Playbooks.Cli.Tests.Support;

/// <summary>
/// Finds English words in CLI output that a Chinese-speaking operator should not have to read: every run of two or
/// more ASCII letters except the names the user types (commands, options, argument and value names of the command
/// tree) and a short, reviewed list of product words. Framework text ("Usage", "Show help and usage information",
/// "default", "Required command was not provided") is made of words on neither list, so it is reported.
/// </summary>
internal static partial class EnglishWords
{
    /// <summary>Words of the product and of the examples: file formats, front-matter fields, example ids and paths.</summary>
    private static readonly string[] ProductWords =
    [
        "playbooks", "id", "JSON", "Markdown", "UTF", "qid", "Tab", "http", "localhost",
        "reviewed", "updated", "low", "medium", "high", "critical", // front-matter fields and severities users write
        "bot", "flood", "community", "tests", "queries", "team", "tsv", "public", "handbook", "md", // example ids and paths
    ];

    /// <param name="output">What the CLI printed.</param>
    /// <param name="root">The command tree, whose names are allowed.</param>
    /// <param name="typed">What the user typed; echoing it back ("未知选项 --top") is not English from the framework.</param>
    public static IReadOnlyList<string> In(string output, Command root, params IEnumerable<string> typed)
    {
        var allowed = new HashSet<string>(ProductWords, StringComparer.OrdinalIgnoreCase);
        allowed.UnionWith(Identifiers(root));
        allowed.UnionWith(typed.SelectMany(t => Word().Matches(t).Select(m => m.Value)));
        return Word().Matches(output).Select(m => m.Value).Where(w => !allowed.Contains(w)).Distinct().ToList();
    }

    private static IEnumerable<string> Identifiers(Command command)
    {
        var names = new List<string> { command.Name };
        foreach (var option in command.Options)
            names.AddRange([option.Name, .. option.Aliases, option.HelpName ?? ""]);
        foreach (var argument in command.Arguments)
            names.AddRange([argument.Name, argument.HelpName ?? ""]);
        foreach (var name in names)
            foreach (Match word in Word().Matches(name))
                yield return word.Value;
        foreach (var sub in command.Subcommands)
            foreach (var word in Identifiers(sub))
                yield return word;
    }

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex Word();
}

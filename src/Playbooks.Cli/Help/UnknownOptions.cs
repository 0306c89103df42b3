using System.CommandLine;
using System.CommandLine.Parsing;

namespace Playbooks.Cli.Help;

/// <summary>
/// Finds words that look like options but are none of the command's. System.CommandLine hands such a word to a free
/// positional argument (`search 退款 --top 3` searched for "退款 --top 3"); here it is a usage error unless it comes
/// after `--`, which is how a value that really starts with "-" is written (`search -- -1 元券`).
/// </summary>
internal static class UnknownOptions
{
    public static IReadOnlyList<string> Find(ParseResult parse)
    {
        // A value of a known option may start with "-" (`--limit -1` is then refused by the command, with its range).
        var optionValues = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        CollectOptionValues(parse.RootCommandResult, optionValues);

        var found = new List<string>();
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
                break;
            if (token.Type == TokenType.Argument && LooksLikeOption(token.Value) && !optionValues.Contains(token))
                found.Add(token.Value);
        }
        return found;
    }

    /// <summary>"-x", "--xyz"; a lone "-" means standard input and is a value.</summary>
    public static bool LooksLikeOption(string word) => word.Length > 1 && word[0] == '-';

    private static void CollectOptionValues(SymbolResult result, HashSet<Token> values)
    {
        if (result is OptionResult option)
            values.UnionWith(option.Tokens);
        if (result is CommandResult command)
            foreach (var child in command.Children)
                CollectOptionValues(child, values);
    }
}

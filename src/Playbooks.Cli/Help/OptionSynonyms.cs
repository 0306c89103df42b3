namespace Playbooks.Cli.Help;

/// <summary>
/// Option names that other tools use for what one of ours does. Edit distance cannot tell that "--top" means
/// "--limit", yet that is the commonest guess; a suggestion is only made when the command has the target option.
/// </summary>
internal static class OptionSynonyms
{
    private static readonly Dictionary<string, string> Table = new(StringComparer.OrdinalIgnoreCase)
    {
        ["--top"] = "--limit",
        ["--max"] = "--limit",
        ["--count"] = "--limit",
        ["--num"] = "--limit",
        ["--number"] = "--limit",
        ["--size"] = "--limit",
        ["-k"] = "--limit",
        ["--format"] = "--json",
        ["--output"] = "--out",
        ["--dir"] = "--playbooks",
        ["--path"] = "--playbooks",
        ["--age"] = "--days",
        ["--url"] = "--urls",
        ["--port"] = "--urls",
        ["--dryrun"] = "--dry-run",
    };

    /// <summary>Our option name for <paramref name="typed"/>, if it is one of <paramref name="available"/>.</summary>
    public static string? Find(string typed, IReadOnlyCollection<string> available) =>
        Table.TryGetValue(typed, out var ours) && available.Contains(ours) ? ours : null;
}

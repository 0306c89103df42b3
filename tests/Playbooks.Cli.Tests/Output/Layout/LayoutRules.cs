using System.Text.RegularExpressions;
using Spectre.Console;

namespace Playbooks.Cli.Tests.Output.Layout;

/// <summary>
/// The rules every line of terminal output keeps, whatever the text: no wider than the terminal in cells, never
/// opening with closing punctuation, never holding a piece of an id. Returns the broken ones, readable in a failure.
/// </summary>
internal static partial class LayoutRules
{
    /// <summary>Punctuation a Chinese line must not start with (the line-start prohibitions of 中文排版需求 / UAX #14).</summary>
    public const string ClosingPunctuation = "。，、；：？！」』）》〕】〉”’…,.;:?!)]}";

    public static List<string> Violations(IEnumerable<string> lines, int width, IEnumerable<string> ids)
    {
        var idList = ids.ToList();
        var violations = new List<string>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            var cells = line.GetCellWidth();
            if (cells > width)
                violations.Add($"line {number} is {cells} cells wide (> {width}): {line}");
            var text = line.TrimStart(' ', '│', '║', '┃');
            if (text.Length > 0 && ClosingPunctuation.Contains(text[0]))
                violations.Add($"line {number} starts with closing punctuation '{text[0]}': {line}");
            foreach (Match word in IdLike().Matches(line))
                if (idList.FirstOrDefault(id => id != word.Value && (id.StartsWith(word.Value, StringComparison.Ordinal) || id.EndsWith(word.Value, StringComparison.Ordinal))) is { } split)
                    violations.Add($"line {number} holds '{word.Value}', a piece of the id {split}: {line}");
        }
        return violations;
    }

    // Lower-case ASCII words joined by hyphens: the shape of an id, or of a piece of one.
    [GeneratedRegex(@"(?<![A-Za-z0-9./-])[a-z0-9]+(?:-[a-z0-9]+)*-?(?![A-Za-z0-9-])")]
    private static partial Regex IdLike();
}

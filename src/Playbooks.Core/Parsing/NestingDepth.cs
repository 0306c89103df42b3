using System.Text.RegularExpressions;

namespace Playbooks.Core.Parsing;

/// <summary>
/// Where a file nests deepest, for reporting Markdig's nesting limit (which says only that it was exceeded): the
/// line with the most list or quote markers at its start plus indentation.
/// </summary>
internal static partial class NestingDepth
{
    /// <summary>1-based line of the deepest nesting.</summary>
    public static int DeepestLine(string text)
    {
        var lines = text.Split('\n');
        int best = 0, bestLine = 1;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var indent = line.Length - line.TrimStart(' ', '\t').Length;
            var score = Markers().Match(line).Groups["marker"].Captures.Count * 4 + indent;
            if (score > best)
                (best, bestLine) = (score, i + 1);
        }
        return bestLine;
    }

    [GeneratedRegex(@"^(?:[ \t]*(?<marker>[-*+>]|\d{1,9}[.)])(?=[ \t]|$))+")]
    private static partial Regex Markers();
}

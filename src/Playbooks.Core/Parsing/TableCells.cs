using System.Text.RegularExpressions;

namespace Playbooks.Core.Parsing;

/// <summary>
/// Reads one line of a GitHub-style pipe table as its cells. The parser's Markdown pipeline has no table extension
/// (it reads blocks only, <see cref="MarkdownPipelines.Structure"/>), so <see cref="SectionMarks"/> reads a table written
/// as parts this way; the site renders the same lines with Markdig's own table extension.
/// </summary>
internal static partial class TableCells
{
    /// <summary>
    /// The trimmed cells of a line that starts with '|' (outer pipes dropped, <c>\|</c> kept as a pipe inside a cell), or
    /// an empty list for any other line.
    /// </summary>
    public static List<string> Split(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length < 2 || line[0] != '|')
            return [];
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        for (var i = 1; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] == '|')
                cell.Append(line[++i]);
            else if (line[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
                cell.Append(line[i]);
        }
        if (cell.ToString().Trim() is { Length: > 0 } lastCell) // a row need not close with '|'
            cells.Add(lastCell);
        return cells;
    }

    /// <summary>A table's separator row: <c>| --- | :---: |</c>.</summary>
    public static bool IsSeparator(ReadOnlySpan<char> line) => Separator().IsMatch(line);

    /// <summary>A cell's text with its <c>&lt;br&gt;</c> line breaks (the only way to break a line inside a cell) as newlines.</summary>
    public static string LineBreaks(string cell) => LineBreak().Replace(cell, "\n").Trim();

    [GeneratedRegex(@"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s*<br\s*/?>\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();
}

using System.Text;
using System.Text.RegularExpressions;

namespace Playbooks.Core.Parsing;

/// <summary>
/// How a handling step is numbered: the parser reads steps by it, and the site's checklist splits paragraphs by it, so
/// a step the parser counts is a step the reader can tick.
/// </summary>
public static partial class StepMarkers
{
    /// <summary>
    /// "1、" "一、" "1）" "1．", and "1.撤回" written without the space CommonMark needs for a list item; a digit after
    /// the dot ("2.0 版本", "3.5 元") is a number, not a step. The step's text is the group <c>text</c>.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:[、．）)]|\.(?!\d))\s*(?<text>\S.*)$")]
    public static partial Regex ChineseNumbering();

    /// <summary>The text of a Markdown list item without its marker ("-", "1.", "2)"), each line trimmed.</summary>
    public static string StripMarker(string item) => StripMarker(item.AsSpan());

    /// <inheritdoc cref="StripMarker(string)"/>
    public static string StripMarker(ReadOnlySpan<char> item)
    {
        var rest = item;
        foreach (var marker in ListMarker().EnumerateMatches(rest))
        {
            rest = rest[(marker.Index + marker.Length)..]; // anchored at the start: the only match
            break;
        }
        // Read in place, one string made: every handling step of every parsed file passes here.
        if (!rest.Contains('\n'))
            return rest.Trim().ToString();
        var lines = new StringBuilder(rest.Length);
        for (var first = true; ; first = false)
        {
            var end = rest.IndexOf('\n');
            if (!first)
                lines.Append('\n');
            lines.Append((end < 0 ? rest : rest[..end]).Trim());
            if (end < 0)
                break;
            rest = rest[(end + 1)..];
        }
        return lines.ToString().Trim();
    }

    [GeneratedRegex(@"^\s*(?:[-*+]|\d{1,9}[.)])\s*")]
    private static partial Regex ListMarker();
}

using System.Text.RegularExpressions;

namespace Playbooks.Core.Authoring.Import;

/// <summary>
/// Turns a part's lines, as an article writes them, into Markdown that means the same in a playbook: numbered
/// lines (1、 一、 2.先 ① …) become an ordered list, one level of sub-items nested, each remaining line its own
/// paragraph, and nothing in the text can end the section early (headings are demoted, rules dropped).
/// </summary>
internal static partial class PartFormatter
{
    public static string Format(IEnumerable<string> lines)
    {
        var output = new List<string>();
        string? topStyle = null;
        var topIndent = 0;   // width of the current top-level marker ("1. " = 3): where nested items start
        var itemIndent = 0;  // where continuation lines of the current item start
        var inList = false;
        var blankPending = false;

        foreach (var raw in lines.SelectMany(SplitInlineSteps))
        {
            var line = ImportLine.Clean(raw);
            if (line.Length == 0 || Rule().IsMatch(line))
            {
                // Articles put blank lines between steps; inside a list they only end it if text follows.
                if (inList)
                    blankPending = true;
                else
                    AddBlank(output);
                continue;
            }
            line = Heading().Replace(line, "**${text}**");

            var marker = Numbering.Match(line);
            var bullet = marker is null ? Bullet().Match(line) : Match.Empty;
            if (marker is not null || bullet.Success)
            {
                var style = marker?.Style ?? "bullet";
                var nested = inList && style != topStyle;
                if (!inList)
                {
                    AddBlank(output);
                    topStyle = style;
                }
                var prefix = marker is { } m ? $"{m.Number}. " : "- ";
                var indent = nested ? new string(' ', topIndent) : "";
                output.Add(indent + prefix + Escape(marker?.Text ?? bullet.Groups["text"].Value));
                if (!nested)
                    topIndent = prefix.Length;
                itemIndent = indent.Length + prefix.Length;
                inList = true;
                blankPending = false;
                continue;
            }

            if (inList && !blankPending)
            {
                output.Add(new string(' ', itemIndent) + Escape(line)); // the item's text goes on
                continue;
            }
            inList = false;
            topStyle = null;
            // Scraped articles have no hard wraps: every line is a paragraph of its own.
            AddBlank(output);
            output.Add(Escape(line));
        }
        return string.Join('\n', output).Trim('\n');
    }

    /// <summary>"1.先禁言；2.再澄清；3.最后复盘" written on one line: split where the numbers run 1, 2, 3….</summary>
    private static IEnumerable<string> SplitInlineSteps(string line)
    {
        var matches = InlineStep().Matches(line);
        if (matches.Count < 2 || matches[0].Index != 0)
            return [line];
        for (var i = 0; i < matches.Count; i++)
            if (matches[i].Groups["n"].Value != (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
                return [line];
        var pieces = new List<string>();
        for (var i = 0; i < matches.Count; i++)
        {
            var end = i + 1 < matches.Count ? matches[i + 1].Index : line.Length;
            pieces.Add(line[matches[i].Index..end].Trim().TrimEnd('；', ';'));
        }
        return pieces;
    }

    private static void AddBlank(List<string> output)
    {
        if (output.Count > 0 && output[^1].Length > 0)
            output.Add("");
    }

    // What would change the meaning of a line at its start: an HTML block ("<!--" would swallow the sections
    // after it), a code fence (an unclosed one swallows the rest of the file), and a number with a dot that
    // Markdown reads as a list ("2021. 年度…").
    private static string Escape(string text)
    {
        if (text.StartsWith('<') || text.StartsWith("```") || text.StartsWith("~~~"))
            return "\\" + text;
        var number = NumberDot().Match(text);
        return number.Success ? text.Insert(number.Length - 1, "\\") : text;
    }

    [GeneratedRegex(@"^(?:[-*_=]\s*){3,}$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?:[-*+]\s+|[•·●○▪■◆◇]\s*)(?<text>\S.*)$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"(?:^|(?<=[；;。！？!?\s]))(?<n>\d{1,2})[.、．)）](?![0-9])")]
    private static partial Regex InlineStep();

    [GeneratedRegex(@"^\d+[.)](?=\s|$)")]
    private static partial Regex NumberDot();
}

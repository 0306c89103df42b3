using System.Text.RegularExpressions;
using Playbooks.Core.Model;

namespace Playbooks.Core.SopChecks;

/// <summary>One list item (or, where a section has no list, one paragraph) of a section, with its first line in the file.</summary>
/// <param name="Line">1-based line of the item's first line.</param>
/// <param name="Text">The item's text without its list marker, continuation lines joined with '\n'.</param>
/// <param name="IsListItem">True for a list item (<c>- </c>, <c>1.</c>, <c>1、</c>, <c>一、</c>), false for a paragraph.</param>
public sealed record SectionItem(int Line, string Text, bool IsListItem);

/// <summary>
/// The lines of one section and the items they form. The checks need each item's own line (a finding points at the
/// escalation item without a threshold, not at the heading), which <see cref="Section.Markdown"/> no longer carries.
/// HTML comments (the template's hints) and fenced code are skipped: neither is a step a reader follows.
/// </summary>
public static partial class SectionItems
{
    /// <summary>The section's body lines as (1-based line, text), comments and code blocks blanked out.</summary>
    public static IReadOnlyList<(int Line, string Text)> Lines(Playbook playbook, Section section)
    {
        var all = playbook.RawText.Split('\n');
        var result = new List<(int, string)>();
        var inComment = false;
        var inFence = false;
        // Section.Line is the 1-based heading line, so it is also the 0-based index of the first body line. The section
        // ends at the next part's heading, whatever its level (### parts, **处理方法：** label lines), or at a # or ##.
        var end = all.Length;
        foreach (var other in playbook.Sections)
            if (other.Line > section.Line && other.Line - 1 < end)
                end = other.Line - 1;
        // A part opened by a label line (原因：群码公开了。) starts on that line, after the label.
        var lead = section.Markdown.AsSpan();
        if (lead.IndexOf('\n') is var newline and >= 0)
            lead = lead[..newline];
        lead = lead.Trim();
        if (section.Line >= 1 && all[section.Line - 1].AsSpan().Trim() is var headingLine && !headingLine.StartsWith('#')
            && lead.Length > 0 && headingLine.Length > lead.Length && headingLine.EndsWith(lead))
            result.Add((section.Line, lead.ToString()));
        for (var i = section.Line; i < end; i++)
        {
            var line = all[i];
            if (!inComment && !inFence && NextHeading().IsMatch(line))
                break;
            if (!inComment && Fence().IsMatch(line))
            {
                inFence = !inFence;
                result.Add((i + 1, ""));
                continue;
            }
            if (inFence)
            {
                result.Add((i + 1, ""));
                continue;
            }
            result.Add((i + 1, WithoutComments(line, ref inComment)));
        }
        return result;
    }

    /// <summary>
    /// Top-level list items, and paragraphs outside any list (one item per paragraph). A list item indented deeper than the
    /// item above it is a sub-step (the cases of a decision, the parts of one step) and stays part of that item's text.
    /// </summary>
    public static IReadOnlyList<SectionItem> Items(Playbook playbook, Section section)
    {
        var items = new List<SectionItem>();
        int? start = null;
        var text = new List<string>();
        var isList = false;
        var blankSeen = false;
        var markerIndent = 0;

        void Flush()
        {
            if (start is { } line && text.Count > 0)
                items.Add(new SectionItem(line, string.Join('\n', text).Trim(), isList));
            start = null;
            text.Clear();
        }

        void Begin(int line, string first, bool list)
        {
            Flush();
            start = line;
            isList = list;
            blankSeen = false;
            text.Add(first);
        }

        foreach (var (line, raw) in Lines(playbook, section))
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                // A blank line ends a paragraph; a list item goes on only with an indented continuation.
                if (isList)
                    blankSeen = true;
                else
                    Flush();
                continue;
            }
            var indent = Indent(raw);
            var marker = ItemMarker().Match(raw);
            // "2、客服组长：调整规则：" then "   - 首次购买的，照常同意": the case under a step is read with its step, which
            // says who and by when; only an item at the step's own depth (or shallower) starts the next step.
            if (marker.Success && !(isList && start is not null && indent >= markerIndent + 2))
            {
                Begin(line, raw[marker.Length..].Trim(), list: true);
                markerIndent = indent;
                continue;
            }
            var indented = indent >= 2;
            // Lazy continuation: a line directly under an item still belongs to it, as in CommonMark.
            if (start is not null && (!isList || indented || !blankSeen))
            {
                text.Add(raw.Trim());
                continue;
            }
            Begin(line, raw.Trim(), list: false);
        }
        Flush();
        return items;
    }

    /// <summary>How many characters of <paramref name="line"/> are its list marker ("1. ", "- ", "二、"); 0 for none.</summary>
    public static int MarkerLength(string line) => ItemMarker().Match(line) is { Success: true } marker ? marker.Length : 0;

    /// <summary>Leading blanks in columns, a tab counting as four (as CommonMark does).</summary>
    private static int Indent(string line)
    {
        var columns = 0;
        foreach (var c in line)
        {
            if (c == ' ')
                columns++;
            else if (c == '\t')
                columns += 4;
            else
                break;
        }
        return columns;
    }

    private static string WithoutComments(string line, ref bool inComment)
    {
        var kept = new System.Text.StringBuilder();
        var i = 0;
        while (i < line.Length)
        {
            if (inComment)
            {
                var end = line.IndexOf("-->", i, StringComparison.Ordinal);
                if (end < 0)
                    return kept.ToString();
                inComment = false;
                i = end + 3;
                continue;
            }
            var open = line.IndexOf("<!--", i, StringComparison.Ordinal);
            if (open < 0)
            {
                kept.Append(line, i, line.Length - i);
                break;
            }
            kept.Append(line, i, open - i);
            inComment = true;
            i = open + 4;
        }
        return kept.ToString();
    }

    // Items the parser reads as steps: Markdown lists and the Chinese numbering (1、 一、 1）) at the top level.
    [GeneratedRegex(@"^ {0,3}(?:[-*+]\s+|\d{1,2}[.)](?!\d)\s*|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、．）]\s*)")]
    private static partial Regex ItemMarker();

    [GeneratedRegex(@"^ {0,3}#{1,2}(?:\s|$)")]
    private static partial Regex NextHeading();

    [GeneratedRegex(@"^ {0,3}(?:```|~~~)")]
    private static partial Regex Fence();
}

using Markdig.Syntax;

namespace Playbooks.Core.Parsing;

/// <summary>A line that starts a part of a playbook (or a sub-part inside one): its heading text and where its text begins.</summary>
/// <param name="Line">0-based line of the heading.</param>
/// <param name="ContentStart">0-based line where the part's text starts.</param>
/// <param name="Level">The heading's level (2 for <c>##</c>); 0 for a line that is only a bold or bracketed label.</param>
/// <param name="Lead">Text on the heading's own line after a label (<c>背景：开营第三天……</c>): the part's first words.</param>
internal readonly record struct SectionMark(string Text, int Line, int ContentStart, int Level, string Lead = "")
{
    /// <summary>How lint names such a heading: 二级标题, 三级标题, 加粗标题.</summary>
    public string Kind => Level switch
    {
        0 => "单独一行的标题",
        >= 1 and <= 6 => "一二三四五六"[Level - 1] + "级标题",
        _ => "标题",
    };
}

/// <summary>
/// Finds the lines that divide a playbook into its five parts. The template writes them as <c>##</c> headings, and a
/// file with any <c>##</c> heading that names a part is read that way, exactly as always. Other teams' files do not
/// all follow it: a knowledge base exported from a wiki writes the parts as <c>###</c> under a <c>##</c> title, or as
/// <c>#</c>, or as lines that are only a label (<c>**处理方法：**</c>, <c>【背景】</c>). Such a file used to be skipped
/// whole ("缺少章节“背景”") although a reader sees its five parts at a glance; now, when no <c>##</c> heading names a
/// part, the one heading level (or the label lines) naming the most parts, at least two by their exact names, is read
/// as the parts' headings instead.
/// </summary>
internal static class SectionMarks
{
    /// <summary>Fewest parts a heading level must name exactly before the file's parts are read at that level.</summary>
    private const int MinimumPartsNamed = 2;

    /// <summary>Longest line read as a label heading: 【风险源头】 and **处理方法（SOP）：** fit; a sentence does not.</summary>
    private const int MaxLabelLength = 24;

    public static List<SectionMark> Find(string text, LineMap lines, MarkdownDocument document)
    {
        var byLevel = new List<HeadingBlock>?[7];
        foreach (var block in document)
            if (block is HeadingBlock { Level: >= 1 and <= 6 } heading)
                (byLevel[heading.Level] ??= []).Add(heading);
        // Every file of every build passes here: the ## marks are made once and read once.
        var level2 = Marks(text, lines, byLevel[2]);
        if (level2.Exists(mark => SectionHeadings.Read(mark.Text) is not null))
            return level2;

        // The level naming the most parts by their exact names; on a tie the one nearest to ## (###, then #, then ####…).
        List<SectionMark>? best = null;
        var bestNamed = MinimumPartsNamed - 1;
        foreach (var level in (int[])[3, 1, 4, 5, 6])
        {
            if (byLevel[level] is not { } headings || NamedParts(headings.Select(h => HeadingText(text, h))) is var named && named <= bestNamed)
                continue;
            (best, bestNamed) = (PartsAndAfter(Marks(text, lines, headings)), named);
        }
        // Then lines that are labels, in the order of how often teams write them; a later style must name more parts.
        // Each style stands alone: a list item or a table row that names a part inside a file of label paragraphs is
        // its text (a "- 改进：……" in the retrospective), not a part of its own.
        foreach (var style in (Func<LineMap, MarkdownDocument, List<SectionMark>>[])[Labels, ListLabels, TableRows])
        {
            var marks = style(lines, document);
            if (NamedParts(marks.Select(l => l.Text)) is var named && named > bestNamed)
                (best, bestNamed) = (marks, named);
        }
        return best ?? level2;
    }

    /// <summary>The text of a heading as written, without its # marks (the first line of a setext heading).</summary>
    public static string HeadingText(string text, HeadingBlock heading)
    {
        var raw = text.AsSpan(heading.Span.Start, heading.Span.Length);
        var firstLine = (raw.IndexOf('\n') is var end and >= 0 ? raw[..end] : raw).Trim();
        if (heading.IsSetext)
            return firstLine.ToString();
        return firstLine.TrimStart('#').TrimEnd('#').Trim().ToString();
    }

    /// <summary>
    /// 0-based line where a heading starts. For a setext heading Markdig sets <see cref="Block.Line"/> to the
    /// underline, but readers (and editors jumping to a finding) look for the text line above it.
    /// </summary>
    public static int StartLine(LineMap lines, HeadingBlock heading) => lines.LineOf(heading.Span.Start);

    private static List<SectionMark> Marks(string text, LineMap lines, List<HeadingBlock>? headings)
    {
        var marks = new List<SectionMark>(headings?.Count ?? 0);
        foreach (var heading in headings ?? [])
            marks.Add(new SectionMark(HeadingText(text, heading), StartLine(lines, heading), lines.LineOf(heading.Span.End) + 1, heading.Level));
        return marks;
    }

    private static int NamedParts(IEnumerable<string> headings) =>
        headings.Select(SectionHeadings.Match).OfType<Model.SectionKind>().Distinct().Count();

    /// <summary>Headings before the first one naming a part are the title and its preamble, not sub-parts of the background.</summary>
    private static List<SectionMark> PartsAndAfter(List<SectionMark> marks)
    {
        var first = marks.FindIndex(m => SectionHeadings.Read(m.Text) is not null);
        return first <= 0 ? marks : marks[first..];
    }

    /// <summary>
    /// Lines of paragraphs that name a part exactly, however decorated, alone (<c>**背景**</c>, <c>**处理方法：**</c>,
    /// <c>【复盘反思】</c>, <c>一、风险源头</c>) or before a colon and the part's first words (<c>原因：群码公开了。</c>, as
    /// notes kept in a chat or an online doc are written). Bold text elsewhere is emphasis, not structure, so only exact
    /// names count. The part's text continues on the next line, also when that line continues the same paragraph.
    /// </summary>
    private static List<SectionMark> Labels(LineMap lines, MarkdownDocument document)
    {
        var labels = new List<SectionMark>();
        foreach (var block in document)
        {
            if (block is not ParagraphBlock paragraph)
                continue;
            // Every line: notes typed without blank lines (背景：… / 原因：… / 处理：…) are one Markdown paragraph.
            for (var l = paragraph.Line; l <= lines.LineOf(paragraph.Span.End); l++)
            {
                var line = lines.Span(l).Trim();
                if (LabelLength(line) is > 0 and var length)
                    labels.Add(new SectionMark(Bare(line[..length].ToString()), l, l + 1, Level: 0, line[length..].Trim().ToString()));
            }
        }
        return labels;
    }

    /// <summary>
    /// The first line of each top-level list item that opens with a part's name (<c>- **背景**：开营第三天……</c>,
    /// <c>1. 背景</c>), as a team lists its parts; the item's other lines and what follows up to the next such item are the
    /// part's text.
    /// </summary>
    private static List<SectionMark> ListLabels(LineMap lines, MarkdownDocument document)
    {
        var labels = new List<SectionMark>();
        foreach (var block in document)
        {
            if (block is not ListBlock list)
                continue;
            foreach (var child in list)
            {
                if (child is not ListItemBlock item)
                    continue;
                var l = lines.LineOf(item.Span.Start);
                var line = StepMarkers.StripMarker(lines.Span(l)).AsSpan().Trim();
                if (LabelLength(line) is > 0 and var length)
                    labels.Add(new SectionMark(Bare(line[..length].ToString()), l, l + 1, Level: 0, line[length..].Trim().ToString()));
            }
        }
        return labels;
    }

    /// <summary>
    /// Rows of a table whose first column names the parts (<c>| 背景 | 开营第三天…… |</c>: the template of many online-doc
    /// exports): the row's other cells are the part's text, a cell's <c>&lt;br&gt;</c> a line break. The table's header
    /// and separator rows name no part and are left out like a title.
    /// </summary>
    private static List<SectionMark> TableRows(LineMap lines, MarkdownDocument document)
    {
        var rows = new List<SectionMark>();
        foreach (var block in document)
        {
            // The parser's pipeline has no table extension: a table is a paragraph of lines starting with '|'.
            if (block is not ParagraphBlock paragraph)
                continue;
            var last = lines.LineOf(paragraph.Span.End);
            for (var l = paragraph.Line; l <= last; l++)
            {
                if (TableCells.Split(lines.Span(l)) is not [var first, .. var rest]
                    || first.Length > MaxLabelLength || SectionHeadings.Match(first) is null)
                    continue;
                // A header row naming a part is followed by the separator row, which is not the part's text.
                var contentStart = l + 1 <= last && TableCells.IsSeparator(lines.Span(l + 1)) ? l + 2 : l + 1;
                var text = string.Join("\n\n", rest.Select(TableCells.LineBreaks).Where(c => c.Length > 0));
                rows.Add(new SectionMark(Bare(first), l, contentStart, Level: 0, text));
            }
        }
        return rows;
    }

    /// <summary>How much of <paramref name="line"/> is a label naming a part: all of it, up to its first colon, or 0.</summary>
    private static int LabelLength(ReadOnlySpan<char> line)
    {
        if (line.Length <= MaxLabelLength && SectionHeadings.Match(line.ToString()) is not null)
            return line.Length;
        // 【背景】开营第三天…… : the brackets close the label, with or without a colon after them.
        if (line.TrimStart('*').StartsWith("【") && line.IndexOf('】') is var close and > 0 and <= MaxLabelLength
            && SectionHeadings.Match(line[..(close + 1)].ToString()) is not null)
        {
            var end = close + 1;
            end += line[end..].StartsWith("**") ? 2 : 0;
            end += line[end..].StartsWith("：") || line[end..].StartsWith(":") ? 1 : 0;
            return end;
        }
        var colon = line.IndexOfAny('：', ':');
        if (colon is <= 0 or > MaxLabelLength)
            return 0;
        // **背景：**正文 closes its bold after the colon; **背景**：正文 before it.
        var length = line[(colon + 1)..].StartsWith("**") ? colon + 3 : colon + 1;
        return SectionHeadings.Match(line[..length].ToString()) is not null ? length : 0;
    }

    /// <summary>A label as a heading is shown: without its bold marks and closing colon (<c>**处理方法：**</c> → 处理方法).</summary>
    private static string Bare(string label) =>
        label.Replace("**", "").Replace("__", "").Trim().TrimEnd(':', '：').Trim();
}

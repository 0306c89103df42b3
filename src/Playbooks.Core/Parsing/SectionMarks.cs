using Markdig.Syntax;

namespace Playbooks.Core.Parsing;

/// <summary>A line that starts a part of a playbook (or a sub-part inside one): its heading text and where its text begins.</summary>
/// <param name="Line">0-based line of the heading.</param>
/// <param name="ContentStart">0-based line where the part's text starts.</param>
/// <param name="Level">The heading's level (2 for <c>##</c>); 0 for a line that is only a bold or bracketed label.</param>
internal readonly record struct SectionMark(string Text, int Line, int ContentStart, int Level)
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
        var anyPartAtLevel2 = false;
        foreach (var block in document)
        {
            if (block is not HeadingBlock heading || heading.Level is < 1 or > 6)
                continue;
            (byLevel[heading.Level] ??= []).Add(heading);
            anyPartAtLevel2 |= heading.Level == 2 && SectionHeadings.Read(HeadingText(text, heading)) is not null;
        }
        if (anyPartAtLevel2)
            return Marks(text, lines, byLevel[2]);

        // The level naming the most parts by their exact names; on a tie the one nearest to ## (###, then #, then ####…).
        List<SectionMark>? best = null;
        var bestNamed = MinimumPartsNamed - 1;
        foreach (var level in (int[])[3, 1, 4, 5, 6])
        {
            if (byLevel[level] is not { } headings || NamedParts(headings.Select(h => HeadingText(text, h))) is var named && named <= bestNamed)
                continue;
            (best, bestNamed) = (PartsAndAfter(Marks(text, lines, headings)), named);
        }
        var labels = Labels(lines, document);
        if (NamedParts(labels.Select(l => l.Text)) > bestNamed)
            best = labels;
        return best ?? Marks(text, lines, byLevel[2]);
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
    /// Paragraph lines that are nothing but a part's exact name, however decorated: <c>**背景**</c>, <c>**处理方法：**</c>,
    /// <c>【复盘反思】</c>, <c>一、风险源头</c>. Bold text elsewhere is emphasis, not structure, so only exact names count. The
    /// part's text starts on the next line, also when it continues the same paragraph.
    /// </summary>
    private static List<SectionMark> Labels(LineMap lines, MarkdownDocument document)
    {
        var labels = new List<SectionMark>();
        foreach (var block in document)
        {
            if (block is not ParagraphBlock paragraph || lines.Span(paragraph.Line).Trim() is not { Length: > 0 and <= MaxLabelLength } line)
                continue;
            var label = line.ToString();
            if (SectionHeadings.Match(label) is not null)
                labels.Add(new SectionMark(label, paragraph.Line, paragraph.Line + 1, Level: 0));
        }
        return labels;
    }
}

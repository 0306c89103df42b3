using System.Text;
using Markdig;
using Markdig.Syntax;
using Playbooks.Core.Parsing;

namespace Playbooks.Cli.Output;

/// <summary>
/// Turns Markdown headings into their plain text for the terminal (<c>### 小结</c> → <c>小结</c>), so a guide or a
/// section shows no heading marks. Markdig finds the headings, so a <c>## </c> line inside a code block stays as written.
/// </summary>
internal static class HeadingMarks
{
    public static string Strip(string markdown)
    {
        if (!markdown.Contains('#'))
            return markdown;
        // The parser already read this text with the same pipeline (an unreadable file never reaches a view).
        var headings = Markdown.Parse(markdown, MarkdownPipelines.Structure).Descendants<HeadingBlock>()
            .Where(h => !h.IsSetext)
            .OrderByDescending(h => h.Span.Start);
        var text = new StringBuilder(markdown);
        foreach (var heading in headings)
        {
            var line = markdown.Substring(heading.Span.Start, heading.Span.Length);
            text.Remove(heading.Span.Start, heading.Span.Length).Insert(heading.Span.Start, TextOf(line));
        }
        return text.ToString();
    }

    /// <summary>The words of one ATX heading line: <c>## 要点 ##</c> → <c>要点</c>.</summary>
    public static string TextOf(string line) => line.Trim().TrimStart('#').TrimEnd('#').Trim();
}

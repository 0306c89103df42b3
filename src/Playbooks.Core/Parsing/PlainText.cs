using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace Playbooks.Core.Parsing;

/// <summary>
/// Markdown → plain text, with no Markdown syntax left (<c>**</c>, backticks, link brackets): what the search index holds
/// and quotes in snippets, and every handling step in JSON output, for programs that show text as it is.
/// </summary>
public static partial class PlainText
{
    public static string FromMarkdown(string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
            return "";
        return Tidy(MarkdownPipelines.ToPlainText(markdown));
    }

    /// <summary>
    /// <see cref="FromMarkdown"/> of a section and of lines quoted from it (a playbook's handling steps), the section
    /// parsed once: a line that is one of the section's one-line paragraphs, character for character, is given that
    /// paragraph's plain text instead of being parsed again (an index build made plain text of every step, a parse
    /// each). The same text either way: a paragraph's inlines are parsed from its own characters, so they differ only
    /// where something outside the paragraph takes part, and those cases are parsed alone as before (see
    /// <see cref="ReadsAlone"/>).
    /// </summary>
    public static (string Section, List<string> Lines) FromMarkdown(string section, IReadOnlyList<string> lines)
    {
        var quoted = new List<string>(lines.Count);
        if (string.IsNullOrWhiteSpace(section))
        {
            foreach (var line in lines)
                quoted.Add(FromMarkdown(line));
            return ("", quoted);
        }
        var document = MarkdownPipelines.ParseForRendering(section, out var asWritten);
        var text = Tidy(MarkdownPipelines.ToPlainText(document));
        // Definitions ("[x]: /url", "[^1]: …", "*[HTML]: …") change how text elsewhere reads; a text too deeply nested
        // is shown as written as a whole, which its lines alone may not be.
        var paragraphs = asWritten || section.Contains("]:", StringComparison.Ordinal) ? [] : OneLineParagraphs(section, document);
        foreach (var line in lines)
            quoted.Add(ParagraphReadAlone(section, paragraphs, line) is { } paragraph
                ? Tidy(MarkdownPipelines.ToPlainText(paragraph))
                : FromMarkdown(line));
        return (text, quoted);
    }

    /// <summary>The first of <paramref name="paragraphs"/> that <paramref name="line"/> <see cref="ReadsAlone"/> as (a loop: a lambda was a closure per step).</summary>
    private static ParagraphBlock? ParagraphReadAlone(string section, List<ParagraphBlock> paragraphs, string line)
    {
        foreach (var paragraph in paragraphs)
            if (ReadsAlone(section, paragraph, line))
                return paragraph;
        return null;
    }

    private static List<ParagraphBlock> OneLineParagraphs(string section, MarkdownDocument document)
    {
        var paragraphs = new List<ParagraphBlock>();
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
            if (paragraph.Span.Start >= 0 && paragraph.Span.End < section.Length
                && !section.AsSpan(paragraph.Span.Start, paragraph.Span.Length).Contains('\n'))
                paragraphs.Add(paragraph);
        return paragraphs;
    }

    /// <summary>
    /// Whether <paramref name="line"/> parsed alone gives <paramref name="paragraph"/>'s inlines: it is the whole rest of
    /// the paragraph's line; the character before it is a space, a tab or a line break, which Markdig's inline parsers
    /// read as they read the start of a text (emphasis flanking, autolinks), as they read the line break after it as the
    /// end; and it has no '[' (links, footnotes and links to headings resolve against the whole document).
    /// </summary>
    private static bool ReadsAlone(string section, ParagraphBlock paragraph, string line)
    {
        var start = paragraph.Span.Start;
        if (start > 0 && section[start - 1] is not (' ' or '\t' or '\n'))
            return false;
        var rest = section.AsSpan(start);
        var end = rest.IndexOf('\n');
        return (end < 0 ? rest : rest[..end]).SequenceEqual(line) && !line.Contains('[');
    }

    private static string Tidy(string text) => Blank().Replace(text, "\n").Trim();

    [GeneratedRegex(@"\n\s*\n+")]
    private static partial Regex Blank();
}

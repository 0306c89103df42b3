using Markdig;
using Markdig.Syntax;
using Playbooks.Core.Parsing;

namespace Playbooks.Cli.Output;

/// <summary>A part of a guide: the text under one <c>##</c> heading, or the introduction before the first (no heading).</summary>
internal sealed record GuidePart(string? Heading, string Markdown);

/// <summary>
/// Cuts a guide's body at its <c>##</c> headings, so <c>show</c> gives each part a titled panel as it gives a playbook's
/// sections, instead of one panel of Markdown with <c>##</c> in it. Guides name their headings freely, so every
/// level-2 heading starts a part; the level-1 heading repeats the title shown above and is left out.
/// </summary>
internal static class GuideParts
{
    public static IReadOnlyList<GuidePart> Split(string body)
    {
        // Markdig, not a line scan: "## " inside a fenced code block is text, and setext headings count. The parser
        // already read this body with the same pipeline (an unreadable file never reaches show), so this cannot throw.
        var headings = Markdown.Parse(body, MarkdownPipelines.Structure).OfType<HeadingBlock>().Where(h => h.Level <= 2).ToList();

        var parts = new List<GuidePart>();
        var start = 0;
        string? heading = null;
        foreach (var block in headings)
        {
            Add(parts, heading, body[start..block.Span.Start]);
            heading = block.Level == 2 ? HeadingText(body, block) : null;
            start = Math.Min(body.Length, block.Span.End + 1);
        }
        Add(parts, heading, body[start..]);
        return parts;
    }

    /// <summary>Keeps a part with text, and a titled part even when empty (its heading is still part of the guide).</summary>
    private static void Add(List<GuidePart> parts, string? heading, string markdown)
    {
        markdown = markdown.Trim();
        if (heading is not null || markdown.Length > 0)
            parts.Add(new GuidePart(heading, markdown));
    }

    private static string HeadingText(string body, HeadingBlock heading)
    {
        var firstLine = body.Substring(heading.Span.Start, heading.Span.Length).Split('\n')[0];
        return heading.IsSetext ? firstLine.Trim() : HeadingMarks.TextOf(firstLine);
    }
}

using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Playbooks.Core.Parsing;

/// <summary>
/// Hides the guidance comments that <c>playbooks new</c> writes under each heading (<c>&lt;!-- 写什么… --&gt;</c>).
/// The rendering pipeline escapes raw HTML, which would print them as text on the site and put them into the
/// search index; this removes every paragraph that is one HTML comment and nothing else. Comments inside a
/// paragraph of real text stay escaped: they are the writer's text, not ours.
/// </summary>
internal static class GuidanceComments
{
    public static MarkdownPipelineBuilder HideGuidanceComments(this MarkdownPipelineBuilder builder)
    {
        builder.DocumentProcessed += Remove;
        return builder;
    }

    private static void Remove(MarkdownDocument document)
    {
        List<ParagraphBlock>? comments = null;
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
            if (IsComment(paragraph))
                (comments ??= []).Add(paragraph);
        foreach (var paragraph in comments ?? [])
            paragraph.Parent?.Remove(paragraph);
    }

    private static bool IsComment(ParagraphBlock paragraph)
    {
        // Emphasis inside the comment (the hints quote "**如何区分**") splits it into several literals: the first opens the
        // comment, the last closes it. Read in place: every paragraph of every parse passes here (a string per literal
        // was a copy of the whole text each time a section was made plain text for the index).
        LiteralInline? first = null, last = null;
        // Markdig's Descendants<LiteralInline>() order (depth first, children in order), walked through the tree's own
        // links rather than its iterator, which was a stack and an enumerator for every paragraph of every parse.
        var root = paragraph.Inline;
        Inline? node = root?.FirstChild;
        while (node is not null)
        {
            if (node is LiteralInline literal)
            {
                first ??= literal;
                last = literal;
            }
            if (node is ContainerInline { FirstChild: { } child })
            {
                node = child;
                continue;
            }
            while (node is not null && node != root && node.NextSibling is null)
                node = node.Parent;
            node = node is null || node == root ? null : node.NextSibling;
        }
        return first is not null
            && first.Content.AsSpan().TrimStart().StartsWith("<!--", StringComparison.Ordinal)
            && last!.Content.AsSpan().TrimEnd().EndsWith("-->", StringComparison.Ordinal);
    }
}

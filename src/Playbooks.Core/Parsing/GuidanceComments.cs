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
        foreach (var paragraph in document.Descendants<ParagraphBlock>().Where(IsComment).ToList())
            paragraph.Parent?.Remove(paragraph);
    }

    private static bool IsComment(ParagraphBlock paragraph)
    {
        // Emphasis inside the comment (the hints quote "**如何区分**") splits it into several literals.
        var literals = paragraph.Inline?.Descendants<LiteralInline>().Select(l => l.Content.ToString()).ToList();
        return literals is { Count: > 0 }
            && literals[0].TrimStart().StartsWith("<!--", StringComparison.Ordinal)
            && literals[^1].TrimEnd().EndsWith("-->", StringComparison.Ordinal);
    }
}

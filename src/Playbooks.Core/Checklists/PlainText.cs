using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Checklists;

/// <summary>
/// A step's Markdown as the plain text a chat app shows: no asterisks, backticks or link brackets. Paragraphs become
/// lines; nested list items and quoted blocks become indented lines (a quote block is an announcement script and is
/// shown in “…”). Markdig parses, so emphasis and links are read the way the site renders them.
/// </summary>
public static class PlainText
{
    /// <summary>Indent of a step's continuation lines, under the step's text after "☐ 1. ".</summary>
    public const string Indent = "   ";

    public static string FromMarkdown(string markdown)
    {
        var document = MarkdownPipelines.ParseForRendering(markdown);
        var lines = new List<string>();
        foreach (var block in document)
            Block(block, lines, "");
        return string.Join('\n', lines);
    }

    private static void Block(Block block, List<string> lines, string indent)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                foreach (var line in Inlines(paragraph.Inline).Split('\n'))
                    lines.Add(Prefix(lines, indent) + line);
                break;
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var first = lines.Count;
                    foreach (var child in item)
                        Block(child, lines, indent + Indent);
                    if (lines.Count > first)
                        lines[first] = lines[first][..(indent.Length + Indent.Length)] + "· " + lines[first][(indent.Length + Indent.Length)..];
                }
                break;
            case QuoteBlock quote:
                var quoted = new List<string>();
                foreach (var child in quote)
                    Block(child, quoted, "");
                var script = string.Join("", quoted).Trim();
                if (script.Length > 0)
                    lines.Add(indent + Indent + (script.StartsWith('“') ? script : $"“{script}”"));
                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                foreach (var line in leaf.Lines.Lines.Take(leaf.Lines.Count))
                    lines.Add(indent + Indent + line.ToString());
                break;
            case ContainerBlock container:
                foreach (var child in container)
                    Block(child, lines, indent);
                break;
        }
    }

    // The step's first line follows "☐ 1. 【…】" and takes no indent; every later line is indented under it.
    private static string Prefix(List<string> lines, string indent) => lines.Count == 0 ? indent : indent.Length == 0 ? Indent : indent;

    private static string Inlines(ContainerInline? container)
    {
        var text = new StringBuilder();
        if (container is not null)
            foreach (var inline in container)
                Inline(inline, text);
        return text.ToString().Trim();
    }

    private static void Inline(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case LinkInline link:
                var label = new StringBuilder();
                foreach (var child in link)
                    Inline(child, label);
                text.Append(label);
                // A web address is worth pasting (it opens from the chat); a relative one means nothing there.
                if (link.Url is { } url && url.StartsWith("http", StringComparison.OrdinalIgnoreCase) && url != label.ToString())
                    text.Append('（').Append(url).Append('）');
                break;
            case LineBreakInline lineBreak:
                if (lineBreak.IsHard)
                    text.Append('\n');
                else if (NeedsSpace(text))
                    text.Append(' ');
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                break;
            case ContainerInline container:
                foreach (var child in container)
                    Inline(child, text);
                break;
        }
    }

    // A soft line break inside Chinese text joins the lines; between Latin words it is a space.
    private static bool NeedsSpace(StringBuilder text) => text.Length > 0 && text[^1] < 0x2E80 && !char.IsWhiteSpace(text[^1]);
}

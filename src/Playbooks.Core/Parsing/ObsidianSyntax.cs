using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Playbooks.Core.Parsing;

/// <summary>
/// Reads the two bits of Obsidian syntax teams keep when their notes become playbooks, as a reader of the page sees
/// them: a wiki link <c>[[bot-flood]]</c> or <c>[[bot-flood|机器人刷屏预案]]</c> is its shown text (the label, else the
/// target) without brackets, and the <c>[!warning]</c> marker opening a callout (<c>&gt; [!warning] 注意</c>) is
/// dropped, leaving the quote and its title. Without this the site showed the brackets and the index took the target
/// id's words (<c>bot</c> is a synonym of 机器人) and <c>warning</c> as terms of the playbook.
/// </summary>
/// <remarks>
/// Hand-written: Markdig has no wiki-link extension, and its alert blocks read only GitHub's form (<c>[!NOTE]</c> alone
/// on its line), not Obsidian's with a title after the marker.
/// </remarks>
public sealed class ObsidianInlineParser : InlineParser
{
    public ObsidianInlineParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var next = slice.PeekChar();
        if (next == '[')
            return WikiLink(processor, ref slice);
        return next == '!' && CalloutMarker(processor, ref slice);
    }

    private static bool WikiLink(InlineProcessor processor, ref StringSlice slice)
    {
        var rest = slice.Text.AsSpan(slice.Start + 2, Math.Max(0, slice.End - slice.Start - 1));
        var close = rest.IndexOf("]]");
        if (close <= 0 || rest[..close].IndexOfAny('\n', '[', ']') >= 0)
            return false;
        var start = slice.Start;
        processor.Inline = new LiteralInline(ShownText(rest[..close]).ToString()) { Span = new SourceSpan(start, start + close + 3) };
        slice.Start = start + close + 4;
        return true;
    }

    /// <summary>
    /// What a reader sees of a wiki link whose text between the brackets is <paramref name="inner"/>: the label after the
    /// first <c>|</c>, else the target. Also used by the terminal view, which shows Markdown source.
    /// </summary>
    public static ReadOnlySpan<char> ShownText(ReadOnlySpan<char> inner)
    {
        var bar = inner.IndexOf('|');
        var shown = (bar >= 0 ? inner[(bar + 1)..] : inner).Trim();
        return shown.IsEmpty ? inner[..Math.Max(bar, 0)].Trim() : shown;
    }

    /// <summary><c>[!kind]</c>, with Obsidian's <c>+</c>/<c>-</c> folding mark, opening the first line of a quote.</summary>
    private static bool CalloutMarker(InlineProcessor processor, ref StringSlice slice)
    {
        // Only where nothing of the paragraph has been read yet: its first characters.
        if (processor.Block is not ParagraphBlock { Parent: QuoteBlock } || processor.Root?.FirstChild is not null)
            return false;
        var i = slice.Start + 2;
        while (i <= slice.End && (char.IsAsciiLetterOrDigit(slice.Text[i]) || slice.Text[i] == '-'))
            i++;
        if (i == slice.Start + 2 || i > slice.End || slice.Text[i] != ']')
            return false;
        i++;
        if (i <= slice.End && slice.Text[i] is '+' or '-')
            i++;
        while (i <= slice.End && slice.Text[i] is ' ' or '\t')
            i++;
        processor.Inline = new LiteralInline(string.Empty) { Span = new SourceSpan(slice.Start, i - 1) };
        slice.Start = i;
        return true;
    }
}

internal static class ObsidianSyntax
{
    /// <summary>Puts <see cref="ObsidianInlineParser"/> before the link parser, which would read <c>[[x]]</c> as text.</summary>
    public static MarkdownPipelineBuilder UseObsidianSyntax(this MarkdownPipelineBuilder builder)
    {
        builder.InlineParsers.Insert(0, new ObsidianInlineParser());
        return builder;
    }
}

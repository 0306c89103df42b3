using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace Playbooks.Core.Parsing;

/// <summary>
/// Makes Markdig's link parsing linear. At every <c>](</c> Markdig scans for the end of the link destination and title
/// up to the end of the paragraph; when none closes (<c>[a](</c> repeated, or a pasted log full of brackets) every
/// bracket scans the rest of the paragraph again: 50 000 of them in a 200 KB file took 20 s. This parser lets
/// Markdig see at most <see cref="MaxLinkLength"/> characters from each bracket, so a link whose <c>(…)</c> part
/// is longer is shown as text (the same as CommonMark's answer for an unclosed one), and when no <c>)</c> occurs in
/// that window at all the <c>(</c> is hidden, which a vectorised search decides without Markdig scanning.
/// </summary>
public sealed class BoundedLinkInlineParser : LinkInlineParser
{
    /// <summary>Longest <c>[text](address "title")</c> tail still read as a link, in characters.</summary>
    public const int MaxLinkLength = 1000;

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var window = slice;
        if (window.End - window.Start >= MaxLinkLength)
            window.End = window.Start + MaxLinkLength - 1;
        if (window.CurrentChar == ']' && window.PeekChar() == '('
            && window.Text.AsSpan(window.Start + 2, Math.Max(0, window.End - window.Start - 1)).IndexOf(')') < 0)
            window.End = window.Start; // only the ']' itself: an unclosed "(" cannot start an inline link
        var matched = base.Match(processor, ref window);
        slice.Start = window.Start;
        return matched;
    }
}

internal static class BoundedLinks
{
    /// <summary>Replaces Markdig's link parser by <see cref="BoundedLinkInlineParser"/>.</summary>
    public static MarkdownPipelineBuilder UseBoundedLinks(this MarkdownPipelineBuilder builder)
    {
        if (!builder.InlineParsers.Replace<LinkInlineParser>(new BoundedLinkInlineParser()))
            throw new InvalidOperationException("Markdig's LinkInlineParser is not in the pipeline any more: the bound on link length would be lost.");
        return builder;
    }
}

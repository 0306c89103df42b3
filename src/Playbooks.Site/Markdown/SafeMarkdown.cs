using System.Net;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Playbooks.Core.Parsing;

namespace Playbooks.Site.Markdown;

/// <summary>
/// Playbook Markdown → HTML for the site, with <see cref="MarkdownPipelines.Rendering"/> (raw HTML escaped) plus
/// two guards that pipeline does not give: links may only be web, mail or relative addresses (no
/// <c>javascript:</c>), and the <c>{…}</c> attribute syntax of the advanced extensions may not add event handlers or
/// styles. Playbooks are written by many people and read by everyone, so nothing in them may run.
/// Thread-safe (the pipeline is immutable; each call has its own renderer).
/// </summary>
public static class SafeMarkdown
{
    /// <param name="rewriteLink">
    /// Maps a safe relative link (e.g. <c>bot-flood.md</c>) to a site link; identity when null. A link it maps to null
    /// has no page on the site (a playbook renamed or deleted since): its text is shown without a link, with the
    /// address in the tooltip, rather than as a link that leads nowhere.
    /// </param>
    public static string ToHtml(string markdown, Func<string, string?>? rewriteLink = null)
    {
        if (string.IsNullOrWhiteSpace(markdown))
            return "";
        var document = MarkdownPipelines.ParseForRendering(markdown);
        Sanitize(document);
        if (rewriteLink is not null)
            Unlink(document, link => IsSafeLink(link) && rewriteLink(link) is null);
        using var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer)
        {
            LinkRewriter = link => IsSafeLink(link) ? rewriteLink?.Invoke(link) ?? link : "#",
        };
        MarkdownPipelines.Rendering.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Replaces each link that leads nowhere by its text in a <c>span.ref-missing</c> titled with its address.</summary>
    private static void Unlink(MarkdownDocument document, Func<string, bool> leadsNowhere)
    {
        // Collected first: the tree cannot change while it is walked.
        var missing = document.Descendants<LinkInline>().Where(l => !l.IsImage && l.Url is { } url && leadsNowhere(url)).ToList();
        foreach (var link in missing)
        {
            var title = WebUtility.HtmlEncode($"链接的预案不在站点里：{link.Url}（可能已改名、移动或删除）");
            Inline last = new HtmlInline($"<span class=\"ref-missing\" title=\"{title}\">");
            link.InsertBefore(last);
            while (link.FirstChild is { } child)
            {
                child.Remove();
                last.InsertAfter(child);
                last = child;
            }
            last.InsertAfter(new HtmlInline("</span>"));
            link.Remove();
        }
    }

    /// <summary>http(s), mailto, tel, fragments and relative paths; anything else with a scheme is refused.</summary>
    public static bool IsSafeLink(string link)
    {
        var trimmed = link.Trim();
        var colon = trimmed.IndexOf(':');
        if (colon < 0)
            return true;
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon)
            return true; // the colon is inside the path or query: a relative link
        var scheme = trimmed[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto" or "tel";
    }

    /// <summary>Prefix of ids that come from the Markdown (heading ids): they must not collide with the page's own (<c>handling</c>, <c>main</c>).</summary>
    public const string IdPrefix = "md-";

    private static void Sanitize(MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            if (node.TryGetAttributes() is { Id: { Length: > 0 } id } withId && !id.StartsWith(IdPrefix, StringComparison.Ordinal))
                withId.Id = IdPrefix + id;
            if (node.TryGetAttributes() is { Properties: { Count: > 0 } properties })
                properties.RemoveAll(p => p.Key.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                    || p.Key.Equals("style", StringComparison.OrdinalIgnoreCase)
                    || p.Key.Equals("href", StringComparison.OrdinalIgnoreCase)
                    || p.Key.Equals("src", StringComparison.OrdinalIgnoreCase)
                    || p.Key.Equals("srcdoc", StringComparison.OrdinalIgnoreCase)
                    || p.Key.Equals("formaction", StringComparison.OrdinalIgnoreCase));
            if (node is AutolinkInline autolink && !IsSafeLink(autolink.Url))
                autolink.Url = "#";
        }
    }
}

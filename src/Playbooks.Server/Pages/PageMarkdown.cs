using Playbooks.Core.Model;
using Playbooks.Server.Library;
using Playbooks.Site.Markdown;

namespace Playbooks.Server.Pages;

/// <summary>Playbook Markdown → HTML with the static site's rules (raw HTML escaped, unsafe links dropped), linking to server pages.</summary>
internal static class PageMarkdown
{
    public static string ToHtml(string markdown, PlaybookCatalog catalog) => SafeMarkdown.ToHtml(markdown, link =>
    {
        // "../community/bot-flood.md#处理方法" → /playbooks/bot-flood when the catalog has it.
        if (link.Contains(':') || link.StartsWith('#'))
            return link;
        var hash = link.IndexOf('#');
        var path = hash >= 0 ? link[..hash] : link;
        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            return link;
        return catalog.Find(Path.GetFileNameWithoutExtension(path)) is { } target ? Href(target) : link;
    });

    public static string Href(Playbook p) => (p.Kind == PlaybookKind.Guide ? "/guides/" : "/playbooks/") + p.Id;
}

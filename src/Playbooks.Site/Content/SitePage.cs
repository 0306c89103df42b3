using Playbooks.Core.Model;
using Playbooks.Site.Markdown;

namespace Playbooks.Site.Content;

/// <summary>
/// What a page component knows about where it is: its own site-relative path, the site content, and how to link
/// from here. Cascaded to every component of the page by <c>PageHost</c>. Immutable.
/// </summary>
/// <param name="links">Relative links (the static site) when null; the server passes its own routes.</param>
public sealed class SitePage(string path, SiteContent content, ISiteLinks? links = null)
{
    /// <summary>
    /// Site-relative path of this page (e.g. <c>playbooks/bot-flood.html</c>), also when the server renders it at
    /// another address: it is the page's identity (which navigation item is current), not its URL.
    /// </summary>
    public string Path { get; } = path;

    public SiteContent Content { get; } = content;

    public ISiteLinks Links { get; } = links ?? RelativeLinks.Instance;

    /// <summary>A link from this page to a site-relative <paramref name="target"/>.</summary>
    public string Href(string target) => Links.Href(Path, target);

    public string HrefOf(Playbook playbook) => Href(SiteContent.PathOf(playbook));

    public string HrefOfTag(string tag) => Href(Content.TagPath(tag));

    public bool IsCurrent(string target) => Path == target;

    /// <summary>Markdown of a playbook or guide as HTML: raw HTML escaped, links to <c>*.md</c> files and bracketed ids pointing at site pages.</summary>
    public string Html(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown, RewriteLink);
        return PlaybookReferences.Link(html, id => Content.Find(id) is { } target ? (HrefOf(target), target.Title) : null);
    }

    // "../community/bot-flood.md#处理方法" → the page of bot-flood, when the knowledge base has it; null for a .md file
    // the site has no page for (renamed or deleted: lint's dangling-reference), shown as text.
    private string? RewriteLink(string link)
    {
        if (link.Contains(':') || link.StartsWith('#'))
            return link;
        var hash = link.IndexOf('#');
        var path = hash >= 0 ? link[..hash] : link;
        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            return link;
        var id = Core.KnowledgeBase.PlaybookFiles.NameId(path); // "../bot-flood/README.md" is the playbook bot-flood
        return Content.Find(id) is { } target ? HrefOf(target) : null;
    }
}

namespace Playbooks.Site.Content;

/// <summary>
/// How a page of the site links to another page or asset. Components never write an address themselves: they ask
/// <see cref="SitePage.Href"/> for a site-relative target (a <see cref="SitePaths"/> path, optionally with
/// <c>#fragment</c>), and the page's links turn it into what the browser should follow. The static site uses
/// <see cref="RelativeLinks"/>; <c>playbooks serve</c> renders the same components with its own routes.
/// Implementations must be thread-safe: pages render on several threads.
/// </summary>
public interface ISiteLinks
{
    /// <param name="fromPage">Site-relative path of the page that links (e.g. <c>playbooks/bot-flood.html</c>).</param>
    /// <param name="target">Site-relative path of what it links to, optionally with <c>#fragment</c>; a bare fragment stays as it is.</param>
    /// <returns>The <c>href</c>/<c>src</c>/<c>action</c> value, URL-encoded but not yet HTML-encoded.</returns>
    string Href(string fromPage, string target);
}

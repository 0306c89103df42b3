namespace Playbooks.Site.Content;

/// <summary>
/// Links from the site's root address (<c>--base-url</c>), for <c>404.html</c> alone: a static host serves that page
/// for a missing address at any depth (<c>/handbook/playbooks/gone.html</c>), where links relative to the site's root
/// folder would point nowhere and the page would show unstyled. Every other page keeps <see cref="RelativeLinks"/>,
/// so the site still works from <c>file://</c>.
/// </summary>
public sealed class RootedLinks : ISiteLinks
{
    /// <param name="baseUrl">Where the site's <c>index.html</c> is served, ending in '/' (<see cref="SiteAddresses.BaseUrl"/>).</param>
    public RootedLinks(string baseUrl) => BaseUrl = baseUrl;

    public string BaseUrl { get; }

    public string Href(string fromPage, string target)
    {
        // As seen from a page at the root: no "../", segments percent-encoded; a bare fragment stays on this page.
        var relative = SitePaths.Relative(SitePaths.NotFound, target);
        return relative.StartsWith('#') ? relative : BaseUrl + relative;
    }
}

using Playbooks.Site.Content;

namespace Playbooks.Server.Pages;

/// <summary>
/// The server's address of every page and asset of the site: its site-relative path without <c>.html</c>
/// (<c>/playbooks/bot-flood</c>, <c>/guides/…</c>, <c>/tags/…</c>, <c>/catalog</c>; a folder's <c>index.html</c> is the
/// folder), absolute so the address bar shows something worth sharing. One exception: <c>/</c> is the live search,
/// the server's front door, so the site's home page lives at <see cref="Home"/>. <see cref="PageEndpoints"/> maps
/// its routes from the same rule.
/// </summary>
internal sealed class ServerLinks : ISiteLinks
{
    public static ServerLinks Instance { get; } = new();

    public const string Search = "/";
    public const string Home = "/home";

    private ServerLinks() { }

    public string Href(string fromPage, string target)
    {
        var hash = target.IndexOf('#');
        var (path, fragment) = hash >= 0 ? (target[..hash], target[hash..]) : (target, "");
        return path.Length == 0 ? fragment : Route(path) + fragment;
    }

    /// <summary>The server's address of a site-relative path, segments percent-encoded (tag slugs may be Chinese).</summary>
    public static string Route(string sitePath) => sitePath switch
    {
        SitePaths.Search => Search,
        SitePaths.Home => Home,
        _ => "/" + string.Join('/', WithoutHtml(sitePath).Split('/').Select(Uri.EscapeDataString)),
    };

    private static string WithoutHtml(string sitePath)
    {
        if (sitePath.EndsWith("/index.html", StringComparison.Ordinal))
            return sitePath[..^"/index.html".Length];
        return sitePath.EndsWith(".html", StringComparison.Ordinal) ? sitePath[..^".html".Length] : sitePath;
    }
}

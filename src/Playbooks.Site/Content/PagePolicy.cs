namespace Playbooks.Site.Content;

/// <summary>
/// The Content-Security-Policy every page carries in a <c>&lt;meta&gt;</c> tag: a static site has no headers of its
/// own, so the page states the same fence <c>playbooks serve</c> sends as a header. Pages load only their own
/// scripts, stylesheet and icon, with no inline script or style, and frame nothing but their own pages (the crawl
/// test loads every page in a frame of the site; a page never frames anything itself).
/// </summary>
/// <remarks>
/// <c>file:</c> stands beside <c>'self'</c> because the site is also opened straight from disk, where browsers
/// disagree on whether another local file is "self"; an http(s) page can never load a <c>file:</c> URL, so it widens
/// nothing for a hosted site. <c>frame-ancestors</c> is ignored in a meta tag and is left to the server's header.
/// </remarks>
public static class PagePolicy
{
    public const string ContentSecurityPolicy =
        "default-src 'self' file:; script-src 'self' file:; style-src 'self' file:; img-src 'self' file: data:; " +
        "connect-src 'self'; object-src 'none'; frame-src 'self'; base-uri 'none'; form-action 'self' file:";
}

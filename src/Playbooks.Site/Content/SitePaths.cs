namespace Playbooks.Site.Content;

/// <summary>
/// Where every page and asset lives, as a site-relative path (forward slashes, no leading slash). Pages never
/// link with these directly: <see cref="SitePage.Href"/> turns them into links (in the generated site, relative to
/// the linking page, so it works from <c>file://</c>, from any sub-path of a static host, and offline).
/// </summary>
public static class SitePaths
{
    public const string Home = "index.html";
    public const string Catalog = "catalog.html";
    public const string Recent = "recent.html";
    public const string Search = "search.html";
    public const string Tags = "tags/index.html";
    public const string NotFound = "404.html";
    public const string Drills = "drills/index.html";

    public const string Stylesheet = "assets/site.css";
    public const string SearchScript = "assets/search.js";
    public const string SiteScript = "assets/site.js";
    public const string DrillScript = "assets/drill.js";
    public const string Icon = "assets/icon.svg";

    /// <summary>
    /// The whole browser search index in one file: a script assigning a global, not JSON, because <c>fetch()</c> of a
    /// local file is refused on <c>file://</c> and the site must work when opened straight from disk. Served pages
    /// fetch <see cref="SearchIndex"/> and its chunks instead.
    /// </summary>
    public const string SearchData = "search-data.js";

    /// <summary>The manifest of the chunked search index (<c>Searching/ChunkedSearchData.cs</c>).</summary>
    public const string SearchIndex = "search/index.json.gz";

    /// <summary>Marks a folder as written by the generator, so a rebuild may delete its stale files.</summary>
    public const string Marker = ".playbooks-site";

    /// <summary>Playbook ids are lower-case letters, digits and hyphens (lint enforces it), so they are safe file names.</summary>
    public static string Playbook(string id) => $"playbooks/{id}.html";

    /// <summary>The drill (演练) of a playbook.</summary>
    public static string Drill(string id) => $"drills/{id}.html";

    public static string Guide(string id) => $"guides/{id}.html";

    /// <summary>A tag page; <paramref name="slug"/> comes from <see cref="TagSlugs"/>.</summary>
    public static string Tag(string slug) => $"tags/{slug}.html";

    /// <summary>
    /// <paramref name="target"/> (a site-relative path, optionally with <c>#fragment</c>) as seen from the page at
    /// <paramref name="fromPage"/>: the folders both share are dropped, one <c>../</c> per remaining folder of the
    /// linking page, path segments percent-encoded (tag file names may be Chinese). An empty path stays a bare fragment.
    /// </summary>
    public static string Relative(string fromPage, string target)
    {
        var fragment = "";
        var hash = target.IndexOf('#');
        if (hash >= 0)
        {
            fragment = target[hash..];
            target = target[..hash];
        }
        if (target.Length == 0)
            return fragment;
        var from = fromPage.Split('/')[..^1];
        var to = target.Split('/');
        var shared = 0;
        while (shared < from.Length && shared < to.Length - 1 && from[shared] == to[shared])
            shared++;
        var up = string.Concat(Enumerable.Repeat("../", from.Length - shared));
        return up + string.Join('/', to[shared..].Select(Uri.EscapeDataString)) + fragment;
    }
}

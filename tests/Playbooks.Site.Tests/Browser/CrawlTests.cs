using System.Text.RegularExpressions;
using Playbooks.Site.Tests.Support;

namespace Playbooks.Site.Tests.Browser;

/// <summary>
/// Every page opened in Chromium, no console error, every link leads somewhere: the fixture site from file://, the
/// bundled site from a sub-path of a local static host (the two ways the site is published).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CrawlTests(Sites sites, Chromium chromium, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_page_of_the_fixture_site_opened_from_disk_works()
    {
        var site = await sites.Fixture;
        await using var browser = await chromium.OpenAsync();
        var home = new Uri(site.Url("index.html"));
        var siteRoot = new Uri(home, ".").AbsoluteUri;
        var queue = new Queue<string>(Start(home));
        var seen = new HashSet<string>(queue);
        var visited = new List<string>();
        var broken = new List<string>();
        while (queue.TryDequeue(out var url))
        {
            await browser.Page.GotoAsync(url);
            // The policy is in force from disk too: a page it blocked would show as a console error in browser.Problems.
            Assert.Equal(Playbooks.Site.Content.PagePolicy.ContentSecurityPolicy, await browser.Page.EvaluateAsync<string?>(
                "() => document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]')?.content"));
            visited.Add(Uri.UnescapeDataString(StripQueryAndFragment(url)[siteRoot.Length..]));
            var links = await browser.Page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('a[href], link[href], script[src], img[src], form[action]')].map(e => e.href || e.src || e.action)");
            Follow(url, links, siteRoot, site.Root, broken, page => { if (seen.Add(page)) queue.Enqueue(page); });
        }

        output.WriteLine($"fixture site from file://: crawled {visited.Count} pages");
        Assert.Empty(broken);
        Assert.Empty(browser.Problems);
        Assert.Equal(site.Pages().Order(StringComparer.Ordinal), visited.Distinct().Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// The bundled site's ~300 pages, each loaded in an iframe of one page of the site (a full Playwright navigation
    /// costs ~100 ms of CPU here, an iframe load a few ms). Uncaught errors of every frame are turned into console
    /// errors by an init script, so they are caught as in a top-level navigation.
    /// </summary>
    [Fact]
    public async Task Every_page_of_the_bundled_site_served_from_a_sub_path_works()
    {
        var site = await sites.Bundled;
        await using var server = new StaticServer(site.Root);
        await using var browser = await chromium.OpenAsync();
        await browser.Page.Context.AddInitScriptAsync(
            "window.addEventListener('error', e => console.error('uncaught: ' + e.message + ' at ' + location.href));");
        var home = new Uri(server.BaseUrl + "index.html");
        var siteRoot = server.BaseUrl;
        await browser.Page.GotoAsync(home.AbsoluteUri);

        var pages = await browser.Page.EvaluateAsync<CrawledPage[]>(CrawlScript, Start(home));
        var broken = new List<string>();
        foreach (var page in pages)
            Follow(page.Url, page.Links, siteRoot, site.Root, broken, _ => { });

        output.WriteLine($"bundled site from {server.BaseUrl}: crawled {pages.Length} pages");
        Assert.Empty(broken);
        Assert.Empty(browser.Problems);
        var visited = pages.Select(p => Uri.UnescapeDataString(StripQueryAndFragment(p.Url)[siteRoot.Length..])).Distinct();
        Assert.Equal(site.Pages().Order(StringComparer.Ordinal), visited.Order(StringComparer.Ordinal));
    }

    /// <summary>One page the crawl script loaded (a class with setters: Playwright deserialises into it).</summary>
    public sealed class CrawledPage
    {
        public string Url { get; set; } = "";
        public string[] Links { get; set; } = [];
    }

    // Breadth-first over same-site .html links, each page loaded into one reused iframe.
    private const string CrawlScript = """
        async start => {
          const linkSelector = 'a[href], link[href], script[src], img[src], form[action]';
          const strip = u => u.replace(/[?#].*$/, '');
          const queue = [...start];
          const seen = new Set(start.map(strip));
          const root = new URL('.', location.href).href;
          const frame = document.createElement('iframe');
          document.body.appendChild(frame);
          const pages = [];
          while (queue.length > 0) {
            const url = queue.shift();
            await new Promise(resolve => { frame.onload = resolve; frame.src = url; });
            const links = [...frame.contentDocument.querySelectorAll(linkSelector)].map(e => e.href || e.src || e.action);
            pages.push({ url, links });
            for (const link of links) {
              const page = strip(link);
              if (page.startsWith(root) && page.endsWith('.html') && !seen.has(page)) {
                seen.add(page);
                queue.push(page);
              }
            }
          }
          frame.remove();
          return pages;
        }
        """;

    /// <summary>The home page, the 404 page (linked from nowhere) and a search with results.</summary>
    private static string[] Start(Uri home) =>
        [home.AbsoluteUri, new Uri(home, "404.html").AbsoluteUri, new Uri(home, "search.html?q=" + Uri.EscapeDataString("刷屏")).AbsoluteUri];

    private static void Follow(string from, IEnumerable<string> links, string siteRoot, string root, List<string> broken, Action<string> enqueue)
    {
        foreach (var link in links)
        {
            if (Check(from, link, siteRoot, root) is { } problem)
                broken.Add(problem);
            else if (StripQueryAndFragment(link) is var page && page.EndsWith(".html", StringComparison.Ordinal))
                enqueue(page);
        }
    }

    /// <summary>Why <paramref name="link"/> on <paramref name="from"/> is broken, or null: outside the site, a missing file, a missing anchor.</summary>
    private static string? Check(string from, string link, string siteRoot, string root)
    {
        if (!link.StartsWith(siteRoot, StringComparison.Ordinal))
            return $"{from} links outside the site: {link}";
        var path = Path.Combine(root, Uri.UnescapeDataString(StripQueryAndFragment(link)[siteRoot.Length..]));
        if (!File.Exists(path))
            return $"{from} → {link}: no such file";
        if (new Uri(link).Fragment is { Length: > 1 } fragment && path.EndsWith(".html", StringComparison.Ordinal)
            && !File.ReadAllText(path).Contains($"id=\"{Uri.UnescapeDataString(fragment[1..])}\"", StringComparison.Ordinal))
            return $"{from} → {link}: no element with that id";
        return null;
    }

    private static string StripQueryAndFragment(string url) => QueryOrFragment().Replace(url, "");

    [GeneratedRegex(@"[?#].*$")]
    private static partial Regex QueryOrFragment();
}

using Playbooks.Site.Content;
using Playbooks.Site.Tests.Support;

namespace Playbooks.Site.Tests.Generation;

/// <summary>
/// Raw HTML, javascript: links and attribute syntax in a playbook (Fixtures/kb/community/hostile-markup.md) are
/// shown as text or dropped: nothing a playbook author writes can run in a reader's browser.
/// </summary>
public sealed class HostileContentTests(Sites sites)
{
    private const string Page = "playbooks/hostile-markup.html";

    [Fact]
    public async Task Script_and_image_tags_in_the_markdown_are_escaped_text()
    {
        var site = await sites.Fixture;
        var page = site.Html(Page);

        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Empty(page.QuerySelectorAll("main img, main iframe"));
        var background = page.QuerySelector("#background")!.TextContent;
        Assert.Contains("<script>alert(1)</script>", background);
        Assert.Contains("<img src=x onerror=alert(2)>", background);
        Assert.Contains("<iframe src=\"https://example.com\"></iframe>", page.QuerySelector("#escalation")!.TextContent);
    }

    [Fact]
    public async Task Title_with_markup_is_escaped_in_title_heading_and_lists()
    {
        var site = await sites.Fixture;

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", site.Text(Page));
        Assert.StartsWith("有人在预案里写了脚本：<script>alert(1)</script>", site.Html(Page).Title);
        Assert.Equal("有人在预案里写了脚本：<script>alert(1)</script> 不应该执行", site.Html(Page).QuerySelector("h1")!.TextContent);
        Assert.Empty(site.Html("catalog.html").QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task Javascript_links_and_event_handler_attributes_are_removed()
    {
        var site = await sites.Fixture;

        foreach (var path in site.Pages())
        {
            var page = site.Html(path);
            Assert.Empty(page.QuerySelectorAll("a[href^='javascript' i]"));
            var handlers = page.All.SelectMany(e => e.Attributes)
                .Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                .Select(a => $"{a.OwnerElement?.LocalName} {a.Name}=\"{a.Value}\"")
                .ToList();
            Assert.Empty(handlers); // the site's own behaviour lives in assets/*.js, never in attributes
            Assert.Empty(page.QuerySelectorAll("main [style]"));
        }
    }

    [Fact]
    public async Task Scripts_are_only_the_sites_own_files()
    {
        var site = await sites.Fixture;

        foreach (var path in site.Pages())
        {
            // Every page has the site's small script (print, copy, filters, "/"); the search page adds its own (which
            // loads search-data.js itself when it has to),
            // the drills and the home page ("随机演练") the drills' script.
            var scripts = site.Html(path).QuerySelectorAll("script").Select(s => s.GetAttribute("src")).ToList();
            var siteScript = SitePaths.Relative(path, SitePaths.SiteScript);
            if (path == "search.html")
                Assert.Equal([siteScript, "assets/search.js"], scripts);
            else if (path == SitePaths.Home || path.StartsWith("drills/", StringComparison.Ordinal))
                Assert.Equal([siteScript, SitePaths.Relative(path, SitePaths.DrillScript)], scripts);
            else
                Assert.Equal([siteScript], scripts);
        }
    }

    [Fact]
    public async Task Links_to_other_playbook_files_and_bracketed_ids_point_at_their_pages()
    {
        var site = await sites.Fixture;
        var page = site.Html(Page);

        Assert.Equal("other-playbook.html", page.QuerySelector("#risk a[href$='other-playbook.html']")?.GetAttribute("href"));
        var reference = page.QuerySelector("#background a.ref")!;
        var target = site.Documents.Single(d => d.Id == "other-playbook");
        Assert.Equal(("other-playbook.html", target.Title, "other-playbook"),
            (reference.GetAttribute("href"), reference.TextContent, reference.GetAttribute("title")));
        Assert.Equal("../playbooks/other-playbook.html", site.Html("guides/first-steps.html").QuerySelector(".prose a")!.GetAttribute("href"));
    }
}

using System.Net;
using AngleSharp.Dom;
using Playbooks.Server.Tests.Support;
using Playbooks.Site.Building;
using Playbooks.Site.Components.Pages;
using Playbooks.Site.Content;
using Playbooks.Site.Drilling;

namespace Playbooks.Server.Tests.Pages;

/// <summary>
/// The server renders the onboarding site's own components: the markup the generator writes to files, with the
/// server's addresses instead of relative links, and every address it links answers.
/// </summary>
public sealed class SitePagesTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private TestServer Server => fixture.Server;

    public static TheoryData<string, string> SitePages => new()
    {
        { "/home", SitePaths.Home },
        { "/catalog", SitePaths.Catalog },
        { "/recent", SitePaths.Recent },
        { "/tags", SitePaths.Tags },
        { "/tags/" + Uri.EscapeDataString("刷屏"), "tags/刷屏.html" },
        { "/playbooks/bot-flood", SitePaths.Playbook("bot-flood") },
        { "/guides/operations-roles-map", SitePaths.Guide("operations-roles-map") },
        { "/drills", SitePaths.Drills },
        { "/drills/bot-flood", SitePaths.Drill("bot-flood") },
    };

    [Theory]
    [MemberData(nameof(SitePages))]
    public async Task Serves_the_generated_pages_markup_with_server_addresses(string url, string sitePath)
    {
        var content = Server.Site.Current;
        var (component, parameters) = ComponentOf(content, sitePath);
        await using var renderer = new PageRenderer();
        var generated = ServedPage.Parse(await renderer.RenderAsync(component, new SitePage(sitePath, content), parameters));

        var served = await Server.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, served.Status);
        Assert.Equal(WithoutAddresses(generated), WithoutAddresses(served.Html));
        foreach (var (element, address) in ServedPage.Urls(served.Html))
            Assert.Matches("^(?:/|#|https?:|mailto:|tel:)", address);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?q=直播突然没声了")]
    [InlineData("/playbooks/bot-flood")]
    [InlineData("/no/such/page")]
    public async Task Every_page_has_the_sites_layout_and_navigation(string url)
    {
        var page = await Server.GetPageAsync(url);

        var html = page.Html;
        Assert.Equal("zh-CN", html.DocumentElement.GetAttribute("lang"));
        Assert.Equal("/assets/site.css", html.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Equal("/home", html.QuerySelector("header.site-header a.brand")!.GetAttribute("href"));
        Assert.Equal(["首页", "新人必读", "预案目录", "标签", "最近更新", "检索"],
            html.QuerySelectorAll("nav.site-nav a").Select(a => a.TextContent.Trim()));
        Assert.Equal(["/home", "/home#reading-path", "/catalog", "/tags", "/recent", "/"],
            html.QuerySelectorAll("nav.site-nav a").Select(a => a.GetAttribute("href")!));
        Assert.NotNull(html.QuerySelector("main#main"));
        Assert.NotNull(html.QuerySelector("footer.site-footer"));
    }

    [Fact]
    public async Task Playbook_pages_list_what_similar_returns_and_every_related_link_opens()
    {
        var content = Server.Site.Current;

        foreach (var playbook in content.Playbooks)
        {
            var page = await Server.GetPageAsync($"/playbooks/{playbook.Id}");
            var cards = page.Html.QuerySelectorAll(".related-list .card");
            var similar = Server.Live.Engine.Similar(playbook.Id, 5).Results.Select(r => r.Id).ToList();

            Assert.NotEmpty(similar);
            Assert.Equal(similar, cards.Select(c => c.GetAttribute("data-playbook-id")!));
            foreach (var card in cards)
            {
                var id = card.GetAttribute("data-playbook-id")!;
                var href = card.QuerySelector(".card-title a")!.GetAttribute("href")!;
                Assert.Equal($"/playbooks/{id}", href);
                var target = await Server.GetPageAsync(href);
                Assert.Equal(HttpStatusCode.OK, target.Status);
                Assert.Equal(id, target.Html.QuerySelector("article.playbook")!.GetAttribute("data-playbook-id"));
            }
        }
    }

    [Fact]
    public async Task Serves_every_guide_in_reading_order_linked_from_home_and_catalog()
    {
        var guides = Server.Site.Current.Guides;
        var expected = guides.Select(g => $"/guides/{g.Id}").ToList();

        var home = await Server.GetPageAsync("/home");
        var catalog = await Server.GetPageAsync("/catalog");

        Assert.Equal(expected, home.Html.QuerySelectorAll("#reading-path ol.path a").Select(a => a.GetAttribute("href")!));
        Assert.Equal(expected, catalog.Html.QuerySelectorAll("#guides .card-title a").Select(a => a.GetAttribute("href")!));
        for (var i = 0; i < guides.Count; i++)
        {
            var page = await Server.GetPageAsync(expected[i]);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal(guides[i].Title, page.Html.QuerySelector("article.guide h1")!.TextContent);
            Assert.Contains($"第 {i + 1} 篇，共 {guides.Count} 篇", page.Html.QuerySelector(".eyebrow")!.TextContent);
            var next = page.Html.QuerySelector(".pager-next")!.GetAttribute("href");
            Assert.Equal(i + 1 < guides.Count ? expected[i + 1] : "/catalog", next);
        }
    }

    [Fact]
    public async Task Every_linked_address_answers_and_no_page_runs_inline_script_or_style()
    {
        var queue = new Queue<string>(["/", "/home"]);
        var seen = new HashSet<string>(queue, StringComparer.Ordinal);
        var pages = 0;

        while (queue.TryDequeue(out var url))
        {
            var served = await Server.GetPageAsync(url);
            Assert.True(served.Status == HttpStatusCode.OK, $"{url} → {(int)served.Status}");
            Assert.DoesNotContain("unsafe-inline", served.ContentSecurityPolicy);
            Assert.Contains("script-src 'self';", served.ContentSecurityPolicy);
            if (served.MediaType != "text/html")
                continue;
            pages++;
            AssertNothingInline(url, served.Html);
            foreach (var (_, address) in ServedPage.Urls(served.Html))
            {
                var path = address.Split('#')[0];
                if (path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) && seen.Add(path))
                    queue.Enqueue(path);
            }
        }

        var content = Server.Site.Current;
        Assert.True(pages > content.Playbooks.Count + content.Guides.Count + content.Tags.Count, $"only {pages} pages reached");
        Assert.Contains("/assets/site.js", seen);
        Assert.Contains("/assets/search.js", seen);
    }

    [Fact]
    public async Task Unknown_addresses_get_the_sites_404_page_and_the_api_keeps_problem_details()
    {
        var page = await Server.GetPageAsync("/no/such/page");
        var tag = await Server.GetPageAsync("/tags/" + Uri.EscapeDataString("没有这个标签"));
        var api = await Server.GetPageAsync("/api/no-such-endpoint");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("页面不存在", page.Html.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, tag.Status);
        Assert.Contains("没有“没有这个标签”这个标签。", tag.Text);
        Assert.Equal(HttpStatusCode.NotFound, api.Status);
        Assert.Equal("application/problem+json", api.MediaType);
    }

    /// <summary>What the server's Content-Security-Policy would block: inline scripts, event handlers, inline styles.</summary>
    internal static void AssertNothingInline(string url, IDocument html)
    {
        foreach (var script in html.QuerySelectorAll("script"))
        {
            Assert.True(script.HasAttribute("src"), $"{url}: inline <script>");
            Assert.True(script.TextContent.Trim().Length == 0, $"{url}: <script src> with a body");
        }
        Assert.Empty(html.QuerySelectorAll("style"));
        foreach (var element in html.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{url}: <{element.LocalName} {attribute.Name}>");
                Assert.False(attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase), $"{url}: <{element.LocalName} style>");
            }
            foreach (var (_, address) in new[] { "href", "src", "action" }.Where(element.HasAttribute).Select(a => (a, element.GetAttribute(a)!)))
                Assert.False(address.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"{url}: {address}");
        }
    }

    // The component and parameters StaticSiteBuilder renders for the page at sitePath.
    private static (Type Component, Dictionary<string, object?>? Parameters) ComponentOf(SiteContent content, string sitePath) => sitePath switch
    {
        SitePaths.Home => (typeof(HomePage), null),
        SitePaths.Catalog => (typeof(CatalogPage), null),
        SitePaths.Recent => (typeof(RecentPage), null),
        SitePaths.Tags => (typeof(TagsPage), null),
        SitePaths.Drills => (typeof(DrillsPage), null),
        _ when sitePath.StartsWith("drills/", StringComparison.Ordinal) =>
            (typeof(DrillPage), new() { [nameof(DrillPage.Drill)] = Drills.Of(content, content.Find(IdOf(sitePath))!) }),
        _ when sitePath.StartsWith("playbooks/", StringComparison.Ordinal) =>
            (typeof(PlaybookPage), new() { [nameof(PlaybookPage.Playbook)] = content.Find(IdOf(sitePath)) }),
        _ when sitePath.StartsWith("guides/", StringComparison.Ordinal) =>
            (typeof(GuidePage), new() { [nameof(GuidePage.Guide)] = content.Find(IdOf(sitePath)) }),
        _ => (typeof(TagPage), new() { [nameof(TagPage.Tag)] = content.Tags.Single(t => content.TagPath(t.Tag) == sitePath) }),
    };

    private static string IdOf(string sitePath) => Path.GetFileNameWithoutExtension(sitePath);

    // The page's markup with every address left out: what differs by design between the two renderings.
    private static string WithoutAddresses(IDocument document)
    {
        foreach (var (element, _) in ServedPage.Urls(document).ToList())
            foreach (var name in new[] { "href", "src", "action" })
                element.RemoveAttribute(name);
        // Where "随机演练" goes, with the id left to fill in: an address too.
        foreach (var element in document.QuerySelectorAll("[data-drill-href]"))
            element.RemoveAttribute("data-drill-href");
        return document.DocumentElement.OuterHtml;
    }
}

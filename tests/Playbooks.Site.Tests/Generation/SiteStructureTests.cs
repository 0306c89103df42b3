using Playbooks.Core.Model;
using Playbooks.Site.Content;
using Playbooks.Site.Tests.Support;

namespace Playbooks.Site.Tests.Generation;

/// <summary>Which pages the bundled knowledge base produces and what each must contain.</summary>
public sealed class SiteStructureTests(Sites sites)
{
    [Fact]
    public async Task Writes_one_page_per_playbook_at_a_url_containing_its_id()
    {
        var site = await sites.Bundled;

        foreach (var playbook in site.Playbooks)
            Assert.True(site.Exists($"playbooks/{playbook.Id}.html"), $"missing page of {playbook.Id}");
        Assert.Equal(site.Playbooks.Count(), site.Pages().Count(p => p.StartsWith("playbooks/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Writes_one_page_per_guide_and_per_tag()
    {
        var site = await sites.Bundled;

        foreach (var guide in site.Guides)
            Assert.True(site.Exists($"guides/{guide.Id}.html"), $"missing page of guide {guide.Id}");
        var tags = site.Documents.SelectMany(d => d.Tags).Distinct().ToList();
        var tagIndex = site.Html(SitePaths.Tags);
        var tagLinks = tagIndex.QuerySelectorAll(".tag-cloud a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(tags.Count, tagLinks.Count);
        foreach (var href in tagLinks)
            Assert.True(site.Exists("tags/" + Uri.UnescapeDataString(href)), $"tag link {href} has no page");
        Assert.Equal(tags.Count + 1, site.Pages().Count(p => p.StartsWith("tags/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Writes_the_fixed_pages_and_assets()
    {
        var site = await sites.Bundled;

        string[] expected = [SitePaths.Home, SitePaths.Catalog, SitePaths.Recent, SitePaths.Search, SitePaths.Tags, SitePaths.NotFound,
            SitePaths.Stylesheet, SitePaths.SearchScript, SitePaths.SiteScript, SitePaths.Icon, SitePaths.SearchData, SitePaths.SearchIndex];
        foreach (var file in expected)
            Assert.True(site.Exists(file), $"missing {file}");
    }

    [Fact]
    public async Task Home_lists_the_guides_in_reading_order_then_the_catalog()
    {
        var site = await sites.Bundled;
        var home = site.Html(SitePaths.Home);

        var path = home.QuerySelectorAll("#reading-path ol.path > li a").Select(a => a.GetAttribute("href")!).ToList();
        var expected = site.Guides.OrderBy(g => g.Order ?? int.MaxValue).Select(g => $"guides/{g.Id}.html").ToList();
        Assert.Equal(expected, path);
        Assert.NotNull(home.QuerySelector("#catalog"));
        Assert.True(home.QuerySelector("#reading-path")!.CompareDocumentPosition(home.QuerySelector("#catalog")!)
            .HasFlag(AngleSharp.Dom.DocumentPositions.Following), "the catalog should come after the reading path");
    }

    [Fact]
    public async Task Catalog_groups_every_playbook_by_category_with_its_severity()
    {
        var site = await sites.Bundled;
        var catalog = site.Html(SitePaths.Catalog);

        var cards = catalog.QuerySelectorAll("section.category .card");
        Assert.Equal(site.Playbooks.Count(), cards.Length);
        foreach (var playbook in site.Playbooks)
        {
            var card = cards.Single(c => c.GetAttribute("data-playbook-id") == playbook.Id);
            var section = card.Closest("section.category")!;
            Assert.StartsWith(playbook.Category, section.QuerySelector("h2")!.TextContent.Trim());
            Assert.Equal(playbook.Severity!.Value.ChineseName(), card.QuerySelector(".sev")!.TextContent.Replace("严重程度：", ""));
        }
    }

    [Fact]
    public async Task Catalog_lists_the_guides_in_reading_order_before_the_categories()
    {
        var site = await sites.Bundled;
        var catalog = site.Html(SitePaths.Catalog);

        var guides = catalog.QuerySelectorAll("#guides .card-title a").Select(a => a.GetAttribute("href")!).ToList();
        var expected = site.Guides.OrderBy(g => g.Order ?? int.MaxValue).Select(g => $"guides/{g.Id}.html").ToList();
        Assert.Equal(expected, guides);
        Assert.True(catalog.QuerySelector("#guides")!.CompareDocumentPosition(catalog.QuerySelector("section.category")!)
            .HasFlag(AngleSharp.Dom.DocumentPositions.Following), "the categories should come after the guides");
    }

    [Fact]
    public async Task Playbook_page_shows_the_five_parts_handling_steps_as_a_checklist_and_the_facts()
    {
        var site = await sites.Bundled;
        var playbook = site.Playbooks.Single(p => p.Id == "bot-flood");
        var page = site.Html("playbooks/bot-flood.html");

        var parts = page.QuerySelectorAll("section.part").Select(s => s.Id).ToList();
        Assert.Equal(["background", "risk", "escalation", "handling", "retrospective"], parts);
        Assert.Equal(playbook.HandlingSteps.Count, page.QuerySelectorAll("#handling .checklist input[type=checkbox]").Length);
        Assert.Equal(playbook.Title, page.QuerySelector("h1")!.TextContent);
        var facts = page.QuerySelector(".facts")!.TextContent;
        Assert.Contains(playbook.Owner, facts);
        Assert.Contains("2026-11-19", facts);
        var tags = page.QuerySelectorAll(".playbook-head .tags a").Select(a => a.TextContent).ToList();
        Assert.Equal(playbook.Tags, tags);
    }

    [Fact]
    public async Task Playbook_page_lists_the_playbooks_that_similar_returns()
    {
        var site = await sites.Bundled;

        foreach (var playbook in site.Playbooks)
        {
            var page = site.Html($"playbooks/{playbook.Id}.html");
            var related = page.QuerySelectorAll(".related-list [data-playbook-id]").Select(e => e.GetAttribute("data-playbook-id")!).ToList();
            var similar = site.Engine.Similar(playbook.Id).Results.Select(r => r.Id).ToList();
            Assert.Equal(similar, related);
        }
    }

    [Fact]
    public async Task Recent_page_lists_the_newest_first()
    {
        var site = await sites.Bundled;
        var recent = site.Html(SitePaths.Recent);

        var dates = recent.QuerySelectorAll(".card time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.NotEmpty(dates);
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.Equal(site.Documents.Max(d => d.LastReviewed)!.Value.ToString("yyyy-MM-dd"), dates[0]);
    }

    [Fact]
    public async Task Guide_page_links_to_the_next_guide_in_the_reading_path()
    {
        var site = await sites.Bundled;
        var guides = site.Guides.OrderBy(g => g.Order ?? int.MaxValue).ToList();

        var first = site.Html($"guides/{guides[0].Id}.html");

        Assert.Equal($"{guides[1].Id}.html", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector("a[rel=prev]"));
    }
}

using Playbooks.Core.Model;
using Playbooks.Site.Content;
using Playbooks.Site.Tests.Support;

namespace Playbooks.Site.Tests.Generation;

/// <summary>What the generated pages show a reader: a playbook's head, references, the tags page, the catalog's filter, edit links and 404.html.</summary>
public sealed class PageFeaturesTests(Sites sites)
{
    [Fact]
    public async Task A_playbook_shows_its_severity_once()
    {
        var site = await sites.Bundled;

        foreach (var playbook in site.Playbooks.Where(p => p.SeverityText is not null))
            Assert.Single(site.Html(SitePaths.Playbook(playbook.Id)).QuerySelectorAll("article.playbook .sev"));
    }

    [Fact]
    public async Task References_to_other_playbooks_read_as_their_titles()
    {
        var site = await sites.Bundled;
        var references = site.Playbooks
            .SelectMany(p => site.Html(SitePaths.Playbook(p.Id)).QuerySelectorAll("article.playbook a.ref"))
            .ToList();

        Assert.NotEmpty(references);
        foreach (var reference in references)
        {
            var target = site.Documents.Single(d => d.Id == reference.GetAttribute("title"));
            Assert.Equal(target.Title, reference.TextContent);
            Assert.EndsWith($"{target.Id}.html", reference.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task The_table_of_contents_lists_the_five_parts_and_the_related_playbooks()
    {
        var site = await sites.Fixture;
        var page = site.Html(SitePaths.Playbook("other-playbook"));

        var targets = page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Equal(SectionKinds.All.Select(k => "#" + k.Key()).Append("#related-title"), targets);
        Assert.All(targets, t => Assert.NotNull(page.GetElementById(t[1..])));
    }

    [Fact]
    public async Task The_tags_page_lists_shared_tags_by_pinyin_and_folds_the_ones_used_once()
    {
        var site = await sites.Bundled;
        var page = site.Html(SitePaths.Tags);
        var counts = site.Documents.SelectMany(d => d.Tags).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        static List<string> Names(IEnumerable<AngleSharp.Dom.IElement> links) => links.Select(a => a.FirstChild!.TextContent.Trim()).ToList();

        var shared = Names(page.QuerySelectorAll("main > .tag-cloud a.tag"));
        var folded = Names(page.QuerySelectorAll("details.rare-tags .tag-cloud a.tag"));

        Assert.Equal(counts.Where(c => c.Value > 1).Select(c => c.Key).Order(TagOrder.Pinyin), shared);
        Assert.Equal(counts.Where(c => c.Value == 1).Select(c => c.Key).Order(TagOrder.Pinyin), folded);
        Assert.Equal($"只用过一次的标签（{folded.Count} 个）", page.QuerySelector("details.rare-tags > summary")!.TextContent);
        Assert.All(page.QuerySelectorAll("a.tag .count"), c => Assert.True(int.Parse(c.TextContent) >= 1));
    }

    [Fact]
    public async Task The_catalog_filter_offers_the_severities_present_and_every_category()
    {
        var site = await sites.Bundled;
        var page = site.Html(SitePaths.Catalog);

        var severities = page.QuerySelectorAll("[data-catalog-filter] select[name=severity] option").Skip(1).Select(o => o.GetAttribute("value")).ToList();
        var categories = page.QuerySelectorAll("[data-catalog-filter] select[name=category] option").Skip(1).Select(o => o.GetAttribute("value")!).ToList();

        Assert.Equal(site.Playbooks.Select(p => p.Severity).Distinct().OrderByDescending(s => (int?)s ?? 0).Select(SeverityKeys.Of), severities);
        Assert.Equal(page.QuerySelectorAll("section.category").Select(s => s.Id!), categories);
        foreach (var playbook in site.Playbooks)
            Assert.Equal(SeverityKeys.Of(playbook.Severity), page.QuerySelector($"section.category .card[data-playbook-id='{playbook.Id}']")!.GetAttribute("data-severity"));
    }

    [Fact]
    public async Task Pages_link_to_their_file_in_the_repository_only_when_one_is_given()
    {
        var published = await sites.Published;
        var plain = await sites.Fixture;

        foreach (var document in published.Documents)
        {
            var path = SiteContent.PathOf(document);
            var link = published.Html(path).QuerySelector(".edit-page a");
            Assert.NotNull(link);
            Assert.Equal("编辑此页", link.TextContent);
            var file = Directory.EnumerateFiles(published.KnowledgeBase, document.Id + ".md", SearchOption.AllDirectories).Single();
            Assert.Equal($"{Sites.PublishedRepository}/kb/{Path.GetRelativePath(published.KnowledgeBase, file).Replace('\\', '/')}",
                Uri.UnescapeDataString(link.GetAttribute("href")!));
            Assert.Null(plain.Html(path).QuerySelector(".edit-page"));
        }
    }

    [Fact]
    public async Task With_a_base_url_404_links_from_the_site_root_and_every_other_page_stays_relative()
    {
        var site = await sites.Published;

        var notFound = site.Html(SitePaths.NotFound).QuerySelectorAll("[href], [src], [action]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action")!).ToList();
        var playbook = site.Text(SitePaths.Playbook("other-playbook"));

        Assert.NotEmpty(notFound);
        Assert.All(notFound, url => Assert.True(url.StartsWith(Sites.PublishedBase, StringComparison.Ordinal) || url.StartsWith('#'), url));
        Assert.Contains($"href=\"{Sites.PublishedBase}assets/site.css\"", site.Text(SitePaths.NotFound));
        Assert.DoesNotContain($"\"{Sites.PublishedBase}", playbook);
        Assert.Contains("href=\"../assets/site.css\"", playbook);
    }
}

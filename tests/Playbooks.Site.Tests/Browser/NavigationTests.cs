using Microsoft.Playwright;
using Playbooks.Site.Tests.Support;

namespace Playbooks.Site.Tests.Browser;

/// <summary>What a newcomer and an operator do, in Chromium, on the site opened straight from disk (file://).</summary>
[Collection(BrowserCollection.Name)]
public sealed class NavigationTests(Sites sites, Chromium chromium)
{
    [Fact]
    public async Task Newcomer_follows_the_reading_path_then_opens_a_playbook_and_ticks_a_step()
    {
        var site = await sites.Bundled;
        await using var browser = await chromium.OpenAsync();
        var page = browser.Page;
        var guides = site.Guides.OrderBy(g => g.Order ?? int.MaxValue).ToList();

        await page.GotoAsync(site.Url("index.html"));
        await page.Locator("#reading-path ol.path > li a").First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(guides[0].Title);
        Assert.EndsWith($"guides/{guides[0].Id}.html", page.Url);

        await page.Locator("a[rel=next]").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(guides[1].Title);

        await page.Locator(".site-nav a", new() { HasText = "预案目录" }).ClickAsync();
        await page.Locator(".card[data-playbook-id=bot-flood] .card-title a").ClickAsync();
        Assert.EndsWith("playbooks/bot-flood.html", page.Url);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(site.Playbooks.Single(p => p.Id == "bot-flood").Title);

        var firstStep = page.Locator("#handling .checklist input[type=checkbox]").First;
        await page.Locator("#handling .checklist label").First.ClickAsync();
        Assert.True(await firstStep.IsCheckedAsync());
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task Search_box_on_the_home_page_leads_to_a_shareable_result_page()
    {
        var site = await sites.Bundled;
        await using var browser = await chromium.OpenAsync();
        var page = browser.Page;

        await page.GotoAsync(site.Url("index.html"));
        await page.Locator("#home-search").FillAsync("直播突然没声了");
        await page.Locator("#home-search").PressAsync("Enter");
        await page.WaitForURLAsync("**/search.html?q=*");

        var ids = await browser.ResultIdsAsync();
        Assert.Equal("live-stream-accident", ids[0]);
        Assert.Contains("q=" + Uri.EscapeDataString("直播突然没声了").Replace("%20", "+"), page.Url, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("直播突然没声了", await page.Locator("#search-input").InputValueAsync());

        // The address is the share link: opening it again shows the same results.
        await using var other = await chromium.OpenAsync();
        await other.Page.GotoAsync(page.Url);
        Assert.Equal(ids, await other.ResultIdsAsync());
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task Header_search_box_on_a_playbook_page_searches_from_a_sub_folder()
    {
        var site = await sites.Bundled;
        await using var browser = await chromium.OpenAsync(375, 812);
        var page = browser.Page;

        await page.GotoAsync(site.Url("playbooks/bot-flood.html"));
        await page.Locator("#site-search").FillAsync("优惠券被羊毛党刷爆了");
        await page.Locator("#site-search").PressAsync("Enter");
        await page.WaitForURLAsync("**/search.html?q=*");

        Assert.Equal("coupon-abuse", (await browser.ResultIdsAsync())[0]);
        await page.Locator("#search-results .result-title a").First.ClickAsync();
        Assert.EndsWith("playbooks/coupon-abuse.html", page.Url);
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task Typing_on_the_search_page_updates_the_results()
    {
        var site = await sites.Bundled;
        await using var browser = await chromium.OpenAsync();
        var page = browser.Page;

        await page.GotoAsync(site.Url("search.html"));
        await page.Locator("#search-input").PressSequentiallyAsync("退款");
        await Assertions.Expect(page.Locator("#search-results [data-playbook-id]").First).ToBeVisibleAsync();

        Assert.Equal(site.Engine.Search("退款", 10).Results.Select(r => r.Id), await browser.ResultIdsAsync());
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task Hostile_playbook_runs_no_script()
    {
        var site = await sites.Fixture;
        await using var browser = await chromium.OpenAsync();

        await browser.Page.GotoAsync(site.Url("playbooks/hostile-markup.html"));
        foreach (var link in await browser.Page.Locator("main a").AllAsync())
            await link.HoverAsync();

        Assert.Equal(0, await browser.Page.Locator("main script, main img, main iframe").CountAsync());
        Assert.True(await browser.Page.Locator("[data-print]").IsVisibleAsync()); // assets/site.js ran, nothing else did
        Assert.Empty(browser.Problems); // an alert() would show up here as a dialog
    }
}

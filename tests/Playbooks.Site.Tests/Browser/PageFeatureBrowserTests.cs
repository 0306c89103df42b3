using Microsoft.Playwright;
using Playbooks.Core.Model;
using Playbooks.Site.Tests.Support;

namespace Playbooks.Site.Tests.Browser;

/// <summary>The reading aids of the site in Chromium, from file://: the table of contents, the catalog's filter, copying an announcement script, "/" to search, the result count, narrow screens.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageFeatureBrowserTests(Sites sites, Chromium chromium)
{
    [Fact]
    public async Task On_a_wide_screen_the_table_of_contents_sits_right_of_the_parts_and_marks_the_one_being_read()
    {
        var site = await sites.Bundled;
        await using var browser = await chromium.OpenAsync(1280, 800);
        var page = browser.Page;
        await page.GotoAsync(site.Url("playbooks/bot-flood.html"));

        var toc = (await page.Locator("nav.toc").BoundingBoxAsync())!;
        var parts = (await page.Locator(".playbook-body").BoundingBoxAsync())!;
        Assert.True(toc.X >= parts.X + parts.Width, $"the table of contents starts at x={toc.X}, inside the parts (right edge {parts.X + parts.Width})");
        await Assertions.Expect(page.Locator("nav.toc .toc-title")).ToBeVisibleAsync();

        await page.Locator("nav.toc a[href='#handling']").ClickAsync();
        await Assertions.Expect(page.Locator("#handling")).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator("nav.toc a[aria-current=location]")).ToHaveAttributeAsync("href", "#handling");
        // Scrolled along: still in view.
        await Assertions.Expect(page.Locator("nav.toc")).ToBeInViewportAsync();
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task On_a_phone_the_table_of_contents_comes_before_the_parts()
    {
        var site = await sites.Bundled;
        await using var browser = await chromium.OpenAsync(375, 812);
        await browser.Page.GotoAsync(site.Url("playbooks/bot-flood.html"));

        var toc = (await browser.Page.Locator("nav.toc").BoundingBoxAsync())!;
        var background = (await browser.Page.Locator("#background").BoundingBoxAsync())!;

        Assert.True(toc.Y + toc.Height <= background.Y, "the table of contents is not above the first part");
        await Assertions.Expect(browser.Page.Locator("nav.toc .toc-title")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_catalog_filters_by_severity_and_category_in_place()
    {
        var site = await sites.Bundled;
        await using var browser = await chromium.OpenAsync();
        var page = browser.Page;
        await page.GotoAsync(site.Url("catalog.html"));
        var visible = page.Locator("section.category .card:visible");
        var total = site.Playbooks.Count();
        await Assertions.Expect(visible).ToHaveCountAsync(total);

        await page.Locator("select[name=severity]").SelectOptionAsync("critical");
        var critical = site.Playbooks.Where(p => p.Severity == Severity.Critical).Select(p => p.Id).Order().ToArray();
        Assert.NotEmpty(critical);
        await Assertions.Expect(visible).ToHaveCountAsync(critical.Length);
        var shown = await visible.EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.playbookId)");
        Assert.Equal(critical, shown.Order());
        await Assertions.Expect(page.Locator(".filter-count")).ToHaveTextAsync($"显示 {critical.Length} / {total} 份预案");
        await Assertions.Expect(page.Locator("#guides")).ToBeHiddenAsync();

        // Both at once: one category's critical playbooks; the other sections disappear.
        var category = site.Playbooks.First(p => p.Severity == Severity.Critical).Category;
        var anchor = await page.Locator("select[name=category] option", new() { HasText = category }).GetAttributeAsync("value");
        await page.Locator("select[name=category]").SelectOptionAsync(anchor!);
        await Assertions.Expect(page.Locator("section.category:visible")).ToHaveCountAsync(1);
        await Assertions.Expect(visible).ToHaveCountAsync(site.Playbooks.Count(p => p.Severity == Severity.Critical && p.Category == category));

        await page.Locator("select[name=severity]").SelectOptionAsync("");
        await page.Locator("select[name=category]").SelectOptionAsync("");
        await Assertions.Expect(visible).ToHaveCountAsync(total);
        await Assertions.Expect(page.Locator(".filter-count")).ToHaveTextAsync("");
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task The_copy_button_of_an_announcement_script_puts_its_text_on_the_clipboard()
    {
        var site = await sites.Fixture;
        await using var browser = await chromium.OpenAsync();
        await browser.GrantClipboardAsync();
        var page = browser.Page;
        await page.GotoAsync(site.Url("playbooks/other-playbook.html"));
        var button = page.Locator(".script-block .copy-script");

        await button.ClickAsync();

        await Assertions.Expect(button).ToHaveTextAsync("已复制");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal("各位同学好：本群只讨论课程相关的问题。\n\n广告链接一律移出群聊，谢谢配合！", copied.Replace("\r\n", "\n"));
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task Slash_jumps_to_the_search_box_but_types_a_slash_inside_a_field()
    {
        var site = await sites.Bundled;
        await using var browser = await chromium.OpenAsync();
        var page = browser.Page;
        await page.GotoAsync(site.Url("playbooks/bot-flood.html"));

        await page.Keyboard.PressAsync("/");
        await Assertions.Expect(page.Locator("#site-search")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("退款/投诉");

        await Assertions.Expect(page.Locator("#site-search")).ToHaveValueAsync("退款/投诉");
    }

    [Fact]
    public async Task The_result_count_is_of_every_match_not_of_the_ten_shown()
    {
        var site = await sites.Bundled;
        const string query = "群里有人发广告";
        var matches = site.Engine.Search(query, 100).Results.Count;
        Assert.True(matches > 10, $"the query matches only {matches} playbooks; pick a broader one");
        await using var browser = await chromium.OpenAsync();

        await browser.Page.GotoAsync(site.Url("search.html") + "?q=" + Uri.EscapeDataString(query));

        Assert.Equal(10, (await browser.ResultIdsAsync()).Count);
        await Assertions.Expect(browser.Page.Locator("#search-status")).ToHaveTextAsync($"找到 {matches} 份相关预案，下面是最相关的 10 份。");
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("catalog.html")]
    [InlineData("tags/index.html")]
    [InlineData("playbooks/bot-flood.html")]
    [InlineData("search.html?q=App%20%E6%89%93%E4%B8%8D%E5%BC%80")]
    public async Task No_page_is_wider_than_a_small_phone(string page)
    {
        var site = await sites.Bundled;
        await using var browser = await chromium.OpenAsync(320, 640);

        await browser.Page.GotoAsync(site.Url(page.Split('?')[0]) + (page.Contains('?') ? "?" + page.Split('?')[1] : ""));
        await browser.Page.Locator("details").EvaluateAllAsync<int>("all => all.map(d => d.open = true).length");

        var overflow = await browser.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{page} at 320px is {overflow}px wider than the screen");
    }
}

using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Playbooks.Site.Tests.Support;

namespace Playbooks.Site.Tests.Browser;

/// <summary>
/// Screenshots of the home page, a playbook and a search at phone and desktop widths, and a playbook printed to A4,
/// saved as CI artefacts in TestResults/screenshots (or $PLAYBOOKS_SCREENSHOTS). They also fail on layout breakage
/// a person would notice at once: a page wider than the phone screen.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ScreenshotTests(Sites sites, Chromium chromium, ITestOutputHelper output)
{
    private static string Folder =>
        Environment.GetEnvironmentVariable("PLAYBOOKS_SCREENSHOTS") is { Length: > 0 } custom
            ? custom
            : Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");

    [Theory]
    [InlineData(375, 812)]
    [InlineData(1280, 800)]
    public async Task Home_playbook_and_search_fit_the_screen(int width, int height)
    {
        var site = await sites.Bundled;
        Directory.CreateDirectory(Folder);
        await using var browser = await chromium.OpenAsync(width, height);
        var pages = new (string Name, string Url)[]
        {
            ("home", site.Url("index.html")),
            ("playbook", site.Url("playbooks/bot-flood.html")),
            ("search", site.Url("search.html") + "?q=" + Uri.EscapeDataString("群里突然有人冒充助教发名片拉人")),
        };

        foreach (var (name, url) in pages)
        {
            await browser.Page.GotoAsync(url);
            if (name == "search")
                await browser.ResultIdsAsync();
            var path = Path.Combine(Folder, $"{name}-{width}.png");
            await browser.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            output.WriteLine($"screenshot: {path}");

            var overflow = await browser.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{name} at {width}px is {overflow}px wider than the screen");
        }
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task A_playbook_prints_on_a_few_A4_pages_without_the_site_chrome()
    {
        var site = await sites.Bundled;
        Directory.CreateDirectory(Folder);
        await using var browser = await chromium.OpenAsync();
        await browser.Page.GotoAsync(site.Url("playbooks/bot-flood.html"));
        await browser.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await browser.Page.Locator(".site-header").IsVisibleAsync());
        Assert.False(await browser.Page.Locator(".related").IsVisibleAsync());
        Assert.True(await browser.Page.Locator("#handling .checklist input").First.IsVisibleAsync());
        var path = Path.Combine(Folder, "playbook-print-a4.pdf");
        var pdf = await browser.Page.PdfAsync(new PagePdfOptions { Path = path, Format = "A4", PreferCSSPageSize = true });
        output.WriteLine($"print preview: {path}");

        var pages = CountPdfPages(pdf);
        Assert.InRange(pages, 1, 4);
    }

    // Page objects of the PDF ("/Type /Page", not the "/Type /Pages" tree nodes).
    private static int CountPdfPages(byte[] pdf) => PageObject().Matches(Encoding.Latin1.GetString(pdf)).Count;

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}

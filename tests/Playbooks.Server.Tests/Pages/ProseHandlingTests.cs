using Microsoft.Playwright;
using Playbooks.Server.Tests.Support;
using Playbooks.Tests.Shared;

namespace Playbooks.Server.Tests.Pages;

/// <summary>
/// The live search page over a knowledge base whose top result has its 处理方法 written as paragraphs: the server's
/// markup (/?q=…) and the script's (as the user types) both show the start of the top result's own handling under a
/// note, never the next result's steps (the same case the CLI and the offline site are tested on).
/// </summary>
public sealed class ProseHandlingTests : IAsyncLifetime
{
    private readonly string _source = Path.Combine(Path.GetTempPath(), "playbooks-server-tests", Guid.NewGuid().ToString("N"), "kb");
    private TestServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        ProseHandlingKnowledgeBase.Write(_source);
        _server = await TestServer.StartAsync(liveReload: false, source: _source);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(_source)!, recursive: true);
    }

    [Fact]
    public async Task The_server_renders_the_start_of_the_top_results_own_paragraphs()
    {
        var page = await _server.GetPageAsync("/?q=" + Uri.EscapeDataString(ProseHandlingKnowledgeBase.Query));

        var top = page.Html.QuerySelector("#results > li.result-top")!;
        Assert.Equal(ProseHandlingKnowledgeBase.ProseId, top.GetAttribute("data-playbook-id"));
        Assert.Equal(["处理方法写成了段落，没有编号步骤，以下是开头部分："], top.QuerySelectorAll(".result-note").Select(n => n.TextContent));
        Assert.Equal(ProseHandlingKnowledgeBase.ExcerptLines, top.QuerySelectorAll(".result-handling > p").Select(p => p.TextContent));
        Assert.Equal($"/playbooks/{ProseHandlingKnowledgeBase.ProseId}#handling", top.QuerySelector("a.result-action")!.GetAttribute("href"));
        Assert.Empty(page.Html.QuerySelectorAll(".result-steps"));
        Assert.DoesNotContain(ProseHandlingKnowledgeBase.OtherFirstStep, page.Html.QuerySelector("#results")!.TextContent);
    }

    [Fact]
    public async Task While_typing_the_script_shows_the_same_handling_as_the_server_renders()
    {
        BrowserTests.RequireChromium();
        var query = ProseHandlingKnowledgeBase.Query;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(
            new() { ExecutablePath = BrowserTests.Chromium, Args = BrowserTests.ChromiumArgs, Headless = true });
        var page = await browser.NewPageAsync();

        await page.GotoAsync(_server.BaseAddress + "");
        await page.Locator("#q").FillAsync(query);

        var top = page.Locator("#results .result").First;
        await Assertions.Expect(top).ToHaveAttributeAsync("data-playbook-id", ProseHandlingKnowledgeBase.ProseId);
        await Assertions.Expect(top.Locator(".result-handling > p")).ToHaveTextAsync(ProseHandlingKnowledgeBase.ExcerptLines);
        await Assertions.Expect(top.Locator(".result-note")).ToHaveTextAsync(["处理方法写成了段落，没有编号步骤，以下是开头部分："]);
        await Assertions.Expect(page.Locator("#results .result-steps")).ToHaveCountAsync(0);
    }
}

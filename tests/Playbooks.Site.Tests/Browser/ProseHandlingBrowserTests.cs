using Microsoft.Playwright;
using Playbooks.Site.Tests.Support;
using Playbooks.Tests.Shared;

namespace Playbooks.Site.Tests.Browser;

/// <summary>
/// The offline search page over a knowledge base whose top result has its 处理方法 written as paragraphs: it shows the
/// start of that result's own handling and its jump, as <c>playbooks search</c> and <c>serve</c> do, never a note
/// pointing at the next result's steps.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProseHandlingBrowserTests(Chromium chromium)
{
    [Fact]
    public async Task A_top_result_written_as_paragraphs_shows_the_start_of_its_own_handling_as_the_cli()
    {
        using var folder = new TempDirectory();
        var knowledgeBase = folder.Combine("kb");
        ProseHandlingKnowledgeBase.Write(knowledgeBase);
        using var site = await BuiltSite.BuildAsync(knowledgeBase);
        var cli = site.Engine.Search(ProseHandlingKnowledgeBase.Query);
        await using var browser = await chromium.OpenAsync();

        await browser.Page.GotoAsync(site.Url("search.html") + "?q=" + Uri.EscapeDataString(ProseHandlingKnowledgeBase.Query));

        Assert.Equal(cli.Results.Select(r => r.Id), await browser.ResultIdsAsync());
        Assert.Equal(ProseHandlingKnowledgeBase.ProseId, cli.HandlingSource?.Id);
        var top = browser.Page.Locator("#search-results .result").First;
        await Assertions.Expect(top.Locator(".result-note")).ToHaveTextAsync(["处理方法写成了段落，没有编号步骤，以下是开头部分："]);
        await Assertions.Expect(top.Locator(".result-handling > p")).ToHaveTextAsync(ProseHandlingKnowledgeBase.ExcerptLines);
        Assert.Equal(string.Join("\n", ProseHandlingKnowledgeBase.ExcerptLines), cli.HandlingSource!.HandlingText);
        await Assertions.Expect(top.Locator("a.result-action")).ToHaveAttributeAsync("href", $"playbooks/{ProseHandlingKnowledgeBase.ProseId}.html#handling");
        await Assertions.Expect(browser.Page.Locator("#search-results .result-action")).ToHaveCountAsync(1);
        Assert.DoesNotContain(await browser.Page.Locator("#search-results .result-note").AllTextContentsAsync(), t => t.StartsWith("首条结果"));
        Assert.Empty(browser.Problems);
    }
}

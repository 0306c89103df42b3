using System.Net;
using Playbooks.Server.Tests.Support;

namespace Playbooks.Server.Tests.Pages;

/// <summary>
/// A playbook whose author pasted script tags, <c>javascript:</c> links and event-handler attributes: served as text,
/// with nothing that runs (the site's SafeMarkdown, plus Razor's encoding of titles).
/// </summary>
public sealed class HostileContentTests
{
    [Fact]
    public async Task Serves_hostile_markdown_as_text_with_nothing_that_runs()
    {
        await using var server = await TestServer.StartAsync(liveReload: false, source: RepositoryPaths.HostileKnowledgeBase);

        var page = await server.GetPageAsync("/playbooks/hostile-markup");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("有人在预案里写了脚本：<script>alert(1)</script> 不应该执行", page.Html.QuerySelector("h1")!.TextContent);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page.Text);
        Assert.DoesNotContain("<iframe", page.Text);
        SitePagesTests.AssertNothingInline("/playbooks/hostile-markup", page.Html);
        Assert.Equal("/playbooks/other-playbook",
            page.Html.QuerySelector("#background a.ref")!.GetAttribute("href"));
    }
}

using System.Net;
using Playbooks.Server.Tests.Support;

namespace Playbooks.Server.Tests.Pages;

public sealed class PageTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private TestServer Server => fixture.Server;

    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string url)
    {
        using var response = await Server.Client.GetAsync(url, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Renders_results_on_the_server_for_a_shared_link()
    {
        var query = "群里突然有人冒充助教发名片拉人";
        var top = (await Server.SearchIdsAsync(query)).First();

        var (status, html) = await GetAsync("/?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains($"<li class=\"result result-top\" data-playbook-id=\"{top}\"><a href=\"/playbooks/{top}\">", html);
        Assert.Contains("<script src=\"/assets/search.js\" defer></script>", html);
        Assert.DoesNotContain("<script>", html); // nothing inline: the CSP forbids it
    }

    [Fact]
    public async Task Encodes_markup_in_the_query()
    {
        var (_, html) = await GetAsync("/?q=" + Uri.EscapeDataString("<script>alert(1)</script>\"'><img src=x onerror=alert(1)>"));

        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public async Task Explains_a_too_long_query_on_the_page()
    {
        var (status, html) = await GetAsync("/?q=" + new string('群', 10_000));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("检索内容太长：最多 2000 个字符，实际 10000 个。", html);
    }

    [Fact]
    public async Task Shows_a_playbook_with_its_sections()
    {
        var (status, html) = await GetAsync("/playbooks/bot-flood");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<article class=\"playbook\" data-playbook-id=\"bot-flood\">", html);
        Assert.Contains("<h1>大批机器人小号几分钟内涌进群，刷屏炸群发广告</h1>", html);
        // The markup of the site's PlaybookSections: the server renders the site's components.
        Assert.Contains("<section class=\"part part-handling\" id=\"handling\" aria-labelledby=\"handling-title\">", html);
        Assert.Contains("</span>处理方法</h2>", html);
    }

    [Fact]
    public async Task Shows_guides_and_the_catalog()
    {
        var guides = (await Server.GetJsonAsync("/api/playbooks")).EnumerateArray()
            .Where(p => p.GetProperty("kind").GetString() == "guide").Select(p => p.GetProperty("id").GetString()!).ToList();
        var (catalogStatus, catalog) = await GetAsync("/catalog");
        var (guideStatus, guide) = await GetAsync("/guides/" + guides[0]);

        Assert.Equal(HttpStatusCode.OK, catalogStatus);
        Assert.Contains("<a href=\"/playbooks/bot-flood\">", catalog);
        Assert.Contains($"<a href=\"/guides/{guides[0]}\">", catalog);
        Assert.Equal(HttpStatusCode.OK, guideStatus);
        Assert.Contains($"data-playbook-id=\"{guides[0]}\"", guide);
    }

    [Fact]
    public async Task Answers_404_pages_for_unknown_ids()
    {
        var (status, html) = await GetAsync("/playbooks/no-such-playbook");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("没有 id 为“no-such-playbook”的预案。", html);
    }

    [Fact]
    public async Task Serves_the_search_script_as_javascript()
    {
        using var response = await Server.Client.GetAsync("/assets/search.js", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
    }
}

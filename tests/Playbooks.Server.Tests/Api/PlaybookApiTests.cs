using System.Net;
using Playbooks.Server.Tests.Support;

namespace Playbooks.Server.Tests.Api;

public sealed class PlaybookApiTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private TestServer Server => fixture.Server;

    [Fact]
    public async Task Lists_every_playbook_and_guide_without_markdown()
    {
        var list = await Server.GetJsonAsync("/api/playbooks");

        var items = list.EnumerateArray().ToList();
        Assert.Contains(items, p => p.GetProperty("id").GetString() == "bot-flood" && p.GetProperty("kind").GetString() == "playbook");
        Assert.Contains(items, p => p.GetProperty("kind").GetString() == "guide");
        Assert.All(items, p => Assert.False(p.TryGetProperty("markdown", out _)));
    }

    [Fact]
    public async Task Returns_one_playbook_with_its_raw_markdown()
    {
        var playbook = await Server.GetJsonAsync("/api/playbooks/bot-flood");

        Assert.Equal("bot-flood", playbook.GetProperty("id").GetString());
        Assert.Equal("大批机器人小号几分钟内涌进群，刷屏炸群发广告", playbook.GetProperty("title").GetString());
        Assert.StartsWith("---\nid: bot-flood\n", playbook.GetProperty("markdown").GetString());
        Assert.NotEmpty(playbook.GetProperty("handlingSteps").EnumerateArray());
    }

    [Fact]
    public async Task Reports_health()
    {
        var health = await Server.GetJsonAsync("/healthz");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("playbooks").GetInt32() > 0);
        Assert.Equal(health.GetProperty("playbooks").GetInt32(), health.GetProperty("indexed").GetInt32());
        Assert.Empty(health.GetProperty("skipped").EnumerateArray());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/search?q=群")]
    [InlineData("/api/playbooks/no-such-id")]
    [InlineData("/playbooks/bot-flood")]
    [InlineData("/assets/search.js")]
    [InlineData("/no/such/page")]
    public async Task Sends_security_headers_on_every_response(string url)
    {
        using var response = await Server.Client.GetAsync(url, TestContext.Current.CancellationToken);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("default-src 'self'; script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Theory]
    [InlineData("/playbooks/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/playbooks/../../etc/passwd")]
    [InlineData("/guides/%2e%2e%2f%2e%2e%2fREADME")]
    [InlineData("/api/playbooks/%2e%2e")]
    public async Task Never_serves_a_path_outside_the_knowledge_base(string url)
    {
        using var response = await Server.Client.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{url} → {(int)response.StatusCode}");
        Assert.DoesNotContain("root:", body);
    }
}

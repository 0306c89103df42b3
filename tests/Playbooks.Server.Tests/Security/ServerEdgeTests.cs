using System.Net;
using System.Text.Json;
using Playbooks.Server.Tests.Support;

namespace Playbooks.Server.Tests.Security;

/// <summary>What the real server (Kestrel on 127.0.0.1) does at its edges: HEAD, foreign Host headers, oversized requests.</summary>
public sealed class ServerEdgeTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private TestServer Server => fixture.Server;

    [Theory]
    [InlineData("/")]
    [InlineData("/home")]
    [InlineData("/api/search?q=%E5%88%B7%E5%B1%8F")]
    [InlineData("/api/playbooks")]
    [InlineData("/healthz")]
    [InlineData("/assets/site.css")]
    public async Task Head_answers_like_get_without_the_body(string url)
    {
        using var get = await Server.Client.GetAsync(url, TestContext.Current.CancellationToken);
        using var head = await Server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Head_of_an_unknown_playbook_is_404_not_405()
    {
        using var head = await Server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/playbooks/no-such-playbook"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("LOCALHOST")]
    public async Task Accepts_the_loopback_host_names(string host)
    {
        using var response = await SendWithHost(host);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_a_foreign_host_name_so_a_rebinding_page_cannot_read_the_api()
    {
        using var response = await SendWithHost("attacker.example");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertSecurityHeaders(response);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("bad-host", problem.GetProperty("code").GetString());
        Assert.Contains("Host“attacker.example”", problem.GetProperty("detail").GetString());
        Assert.Contains("--allowed-hosts", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_too_long_address_is_414_with_the_security_headers()
    {
        var url = "/api/search?q=" + string.Concat(Enumerable.Repeat("%E5%88%B7", 12_000));

        using var response = await Server.Client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Too_large_headers_are_431_with_the_security_headers()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Add("Cookie", new string('a', 40 * 1024));

        using var response = await Server.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    private async Task<HttpResponseMessage> SendWithHost(string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/playbooks");
        request.Headers.Host = $"{host}:{Server.BaseAddress.Port}";
        return await Server.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }
}

using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Playbooks.Server.Tests.Support;

namespace Playbooks.Server.Tests.Api;

/// <summary>
/// The same application hosted in memory by <c>WebApplicationFactory</c> (<see cref="InMemoryServer"/>): the JSON
/// contract, problem details, headers and hostile input hold without Kestrel in front, i.e. they come from the
/// application itself. The socket-hosted tests cover the rest (live reload, browser, load).
/// </summary>
public sealed class InMemoryHostTests(InMemoryServer factory) : IClassFixture<InMemoryServer>
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Search_answers_with_the_document_search_json_prints()
    {
        const string query = "群里突然有人冒充助教发名片拉人";
        var cliJson = await CliSearch.JsonAsync(query, factory.KnowledgeBase);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var api = WithoutTiming(await response.Content.ReadAsStringAsync(Cancel));
        var cli = WithoutTiming(cliJson);
        Assert.True(JsonNode.DeepEquals(cli, api), $"CLI:\n{cli}\nAPI:\n{api}");
        Assert.Equal("competitor-impersonation", api["results"]![0]!["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/api/search", "empty-query")]
    [InlineData("/api/search?q=%20", "empty-query")]
    [InlineData("/api/search?q=群&limit=0", "bad-limit")]
    [InlineData("/api/playbooks/..%2F..%2Fetc%2Fpasswd", "bad-id")]
    public async Task Bad_requests_are_problem_details_in_chinese(string url, string code)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("/api/search?q=%00")]
    [InlineData("/api/search?q=%FF%FE%C3%28")]
    [InlineData("/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/playbooks/bot-flood")]
    public async Task Every_response_carries_the_security_headers_and_no_raw_script(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("'unsafe-inline'", policy);
        Assert.DoesNotContain("<script>alert(1)", await response.Content.ReadAsStringAsync(Cancel));
    }

    private static JsonNode WithoutTiming(string json)
    {
        var node = JsonNode.Parse(json)!;
        node.AsObject().Remove("tookMs");
        return node;
    }
}

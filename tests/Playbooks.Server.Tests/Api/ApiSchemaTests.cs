using System.Net;
using Playbooks.Server.Tests.Support;
using Playbooks.Tests.Shared;

namespace Playbooks.Server.Tests.Api;

/// <summary>Every API answer, from the application hosted in memory, matches its published schema in docs/schemas.</summary>
public sealed class ApiSchemaTests(InMemoryServer factory) : IClassFixture<InMemoryServer>
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/search?q=群里突然有人冒充助教发名片拉人", "search")]
    [InlineData("/api/search?q=直播没声音&limit=100", "search")]
    [InlineData("/api/playbooks", "api-playbooks")]
    [InlineData("/api/playbooks/bot-flood", "show")]
    [InlineData("/api/playbooks/goal-and-efficiency", "show")]
    [InlineData("/healthz", "api-health")]
    public async Task Answers_match_their_schema(string url, string schema)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        OutputSchemas.AssertValid(schema, await response.Content.ReadAsStringAsync(Cancel));
    }

    [Theory]
    [InlineData("/api/search", HttpStatusCode.BadRequest)]
    [InlineData("/api/search?q=群&limit=abc", HttpStatusCode.BadRequest)]
    [InlineData("/api/playbooks/Bot-Flood", HttpStatusCode.BadRequest)]
    [InlineData("/api/playbooks/no-such-playbook", HttpStatusCode.NotFound)]
    public async Task Errors_match_the_problem_schema(string url, HttpStatusCode status)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url, Cancel);

        Assert.Equal(status, response.StatusCode);
        OutputSchemas.AssertValid("api-problem", await response.Content.ReadAsStringAsync(Cancel));
    }
}

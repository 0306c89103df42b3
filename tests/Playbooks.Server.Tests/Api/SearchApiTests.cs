using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Playbooks.Search;
using Playbooks.Server.Tests.Support;

namespace Playbooks.Server.Tests.Api;

public sealed class SearchApiTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private TestServer Server => fixture.Server;
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("群里突然有人冒充助教发名片拉人")]
    [InlineData("直播突然没声了")]
    [InlineData("服务器崩了")]
    public async Task Answers_with_the_same_document_as_search_json(string query)
    {
        var cliJson = await CliSearch.JsonAsync(query, Server.KnowledgeBase);

        using var response = await Server.Client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var api = WithoutTiming(await response.Content.ReadAsStringAsync(Cancel));
        var cli = WithoutTiming(cliJson);

        Assert.True(JsonNode.DeepEquals(cli, api), $"CLI:\n{cli}\nAPI:\n{api}");
    }

    [Fact]
    public async Task Ranks_the_dev_queries_exactly_as_the_search_engine()
    {
        if (!File.Exists(RepositoryPaths.DevQueries))
            Assert.Skip($"{RepositoryPaths.DevQueries} 不存在（开发查询集在仓库旁的 shared/ 目录）");
        var queries = File.ReadLines(RepositoryPaths.DevQueries).Skip(1)
            .Select(line => line.Split('\t')).Where(cols => cols.Length >= 2).Select(cols => cols[1]).ToList();
        Assert.NotEmpty(queries);

        var indexPath = Path.Combine(Path.GetTempPath(), "playbooks-server-tests", Guid.NewGuid().ToString("N") + ".sqlite");
        using var engine = SearchEngine.Open(Server.KnowledgeBase, indexPath);
        foreach (var query in queries)
        {
            var expected = engine.Search(query, 10).Results.Select(r => (r.Id, r.Score)).ToList();
            var json = await Server.GetJsonAsync($"/api/search?limit=10&q={Uri.EscapeDataString(query)}");
            var actual = json.GetProperty("results").EnumerateArray()
                .Select(r => (r.GetProperty("id").GetString()!, r.GetProperty("score").GetDouble())).ToList();
            Assert.Equal(expected, actual);
        }
    }

    [Theory]
    [InlineData("/api/search", "empty-query", "检索内容为空")]
    [InlineData("/api/search?q=", "empty-query", "检索内容为空")]
    [InlineData("/api/search?q=%20%20", "empty-query", "检索内容为空")]
    [InlineData("/api/search?q=群里刷屏&limit=0", "bad-limit", "limit 应为 1 到 100 之间的整数，实际是“0”")]
    [InlineData("/api/search?q=群里刷屏&limit=101", "bad-limit", "limit 应为 1 到 100 之间的整数，实际是“101”")]
    [InlineData("/api/search?q=群里刷屏&limit=abc", "bad-limit", "limit 应为 1 到 100 之间的整数，实际是“abc”")]
    [InlineData("/api/playbooks/..%2F..%2Fetc%2Fpasswd", "bad-id", "id 只能由小写字母、数字和短横线组成，例如 bot-flood")]
    [InlineData("/api/playbooks/Bot-Flood", "bad-id", "id 只能由小写字母、数字和短横线组成，例如 bot-flood")]
    public async Task Refuses_bad_requests_with_problem_details(string url, string code, string detailStart)
    {
        var problem = await ProblemAsync(url, HttpStatusCode.BadRequest);

        Assert.Equal("请求有误", problem.GetProperty("title").GetString());
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.StartsWith(detailStart, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Refuses_a_query_longer_than_2000_characters()
    {
        var problem = await ProblemAsync("/api/search?q=" + new string('群', 10_000), HttpStatusCode.BadRequest);

        Assert.Equal("query-too-long", problem.GetProperty("code").GetString());
        Assert.Equal("检索内容太长：最多 2000 个字符，实际 10000 个。请只保留对情况的描述", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Accepts_a_query_of_exactly_2000_characters()
    {
        using var response = await Server.Client.GetAsync("/api/search?q=" + new string('群', 2000), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Answers_404_for_an_unknown_id()
    {
        var problem = await ProblemAsync("/api/playbooks/no-such-playbook", HttpStatusCode.NotFound);

        Assert.Equal("找不到预案", problem.GetProperty("title").GetString());
        Assert.Equal("找不到 id 为“no-such-playbook”的预案；用 /api/playbooks 查看全部 id", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/search?q=%00")]
    [InlineData("/api/search?q=%E7%BE%A4%00%E9%87%8C")]
    [InlineData("/api/search?q=%FF%FE%C3%28")] // invalid UTF-8
    [InlineData("/api/search?q=%E7%BE")] // truncated UTF-8 sequence
    [InlineData("/api/search?q=%22%3B%20DROP%20TABLE%20docs%3B%20--")]
    [InlineData("/api/search?q=NEAR(a%20b)%20OR%20*%20%22")] // FTS5 syntax must not leak into the match expression
    public async Task Never_fails_on_hostile_queries(string url)
    {
        using var response = await Server.Client.GetAsync(url, Cancel);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{url} → {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Refuses_every_method_but_get()
    {
        using var response = await Server.Client.PostAsync("/api/search?q=群", new StringContent(""), Cancel);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    private async Task<JsonElement> ProblemAsync(string url, HttpStatusCode status)
    {
        using var response = await Server.Client.GetAsync(url, Cancel);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.Clone();
    }

    private static JsonNode WithoutTiming(string json)
    {
        var node = JsonNode.Parse(json)!;
        node.AsObject().Remove("tookMs");
        return node;
    }
}

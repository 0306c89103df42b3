using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Playbooks.Core.Json;
using Playbooks.Search.Querying;
using Playbooks.Server.Api;

namespace Playbooks.Server.Tests.Api;

public sealed class JsonReplyTests
{
    private static readonly SearchResponse Full = new("群里有人\"冒充\"助教 <script>\\ 😀", 0.37,
    [
        new SearchHit("bot-flood", "大批机器人小号涌进群", 1, "社群运营", null, "playbooks/community/bot-flood.md",
            [new Snippet("风险源头", "群二维码被转发到外部\u0001渠道 & 论坛。", [[0, 3], [7, 2]])])
        {
            Tags = ["机器人", "刷屏"], SeverityLabel = "P0", Draft = true, Coverage = 0.667, HandlingSteps = ["**社群助教** 开启入群验证"],
        },
        new SearchHit("refund-wave", "退费集中涌来", 0.4213, "用户运营", "高", "playbooks/user/refund-wave.md", []),
    ])
    {
        Weak = true,
        Explain = [new HitExplanation("bot-flood", [new TermContribution("冒充", "word", ["title", "risk"], 0.25)])],
    };

    private static readonly SearchResponse Small = new("直播", 0.1, []);

    [Fact]
    public async Task Writes_the_bytes_of_the_shared_compact_options_with_their_length()
    {
        // The big reply first, then the small one on the same thread: the reused buffer must carry nothing over.
        foreach (var response in new[] { Full, Small })
        {
            var expected = JsonSerializer.SerializeToUtf8Bytes(response, JsonDefaults.Compact);

            var (body, context) = await ReplyAsync(response);

            Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(body));
            Assert.Equal(expected.Length, context.Response.ContentLength);
            Assert.Equal("application/json; charset=utf-8", context.Response.ContentType);
            Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        }
    }

    private static async Task<(byte[] Body, HttpContext Context)> ReplyAsync(SearchResponse response)
    {
        var body = new MemoryStream();
        var context = new DefaultHttpContext { Response = { Body = body } };
        await new JsonReply<SearchResponse>(response, ApiJsonContext.SearchResponseType).ExecuteAsync(context);
        await context.Response.BodyWriter.CompleteAsync();
        return (body.ToArray(), context);
    }
}

using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Playbooks.Server.Tests.Support;

namespace Playbooks.Server.Tests.Api;

/// <summary>
/// <c>serve</c> on another team's knowledge base: every playbook is searchable and has its page whatever its severity,
/// the search page notes the metadata problems, and the steps offered are those of the first result that has some.
/// </summary>
public sealed class MetadataToleranceTests(TeamKnowledgeBaseServer factory) : IClassFixture<TeamKnowledgeBaseServer>
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("直播间被封禁", "p-zero", "严重", "P0")]
    [InlineData("弹幕失控", "odd", null, "超高")]
    public async Task Finds_playbooks_whatever_their_severity_with_the_teams_label(string query, string id, string? severity, string label)
    {
        using var client = factory.CreateClient();

        var api = JsonNode.Parse(await client.GetStringAsync($"/api/search?q={Uri.EscapeDataString(query)}", Cancel))!;

        var top = api["results"]![0]!;
        Assert.Equal((id, severity, label), (top["id"]!.GetValue<string>(), top["severity"]?.GetValue<string>(), top["severityLabel"]!.GetValue<string>()));
        using var page = await client.GetAsync($"/playbooks/{id}", Cancel);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task The_search_page_notes_metadata_problems_and_offers_the_steps_of_the_first_result_with_some()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync($"/?q={Uri.EscapeDataString("直播间断流黑屏没声音")}", Cancel);

        var document = new HtmlParser().ParseDocument(html);
        var results = document.QuerySelectorAll("#results > li").ToList();
        Assert.Equal("no-steps", results[0].GetAttribute("data-playbook-id"));
        Assert.Null(results[0].QuerySelector(".result-action"));
        Assert.Equal("urgent", results[1].GetAttribute("data-playbook-id"));
        Assert.Equal("首条结果还没有处理步骤，这一条有：", results[1].QuerySelector(".result-note")?.TextContent);
        Assert.Equal("/playbooks/urgent#handling", results[1].QuerySelector(".result-action")?.GetAttribute("href"));
        Assert.Equal("1 个预案的元数据有问题，运行 playbooks lint 查看", document.QuerySelector(".metadata-note")?.TextContent);
    }
}

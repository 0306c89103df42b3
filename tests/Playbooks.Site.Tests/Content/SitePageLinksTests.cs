using Playbooks.Site.Tests.Support;
using Playbooks.Tests.Shared;

namespace Playbooks.Site.Tests.Content;

/// <summary>
/// A Markdown link to another playbook's file leads to that playbook's page; one to a file the knowledge base no longer
/// has (renamed or deleted) is shown as its text with the address in the tooltip, never as a link that leads nowhere.
/// </summary>
public sealed class SitePageLinksTests
{
    [Fact]
    public async Task A_link_to_a_missing_playbook_file_is_text_with_a_hint_and_one_to_an_existing_file_opens_its_page()
    {
        using var folder = new TempDirectory();
        var knowledgeBase = folder.Combine("kb");
        ProseHandlingKnowledgeBase.Write(knowledgeBase);
        var path = Path.Combine(knowledgeBase, "live", ProseHandlingKnowledgeBase.StepsId + ".md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("- 增加备用推流线路。",
            $"- 增加备用推流线路，断流时看[断流预案]({ProseHandlingKnowledgeBase.ProseId}.md#处理方法)，退款看[退款预案](../ecommerce/refund.md)。"));

        using var site = await BuiltSite.BuildAsync(knowledgeBase);
        var page = site.Html($"playbooks/{ProseHandlingKnowledgeBase.StepsId}.html");

        var links = page.QuerySelectorAll("article a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("断流预案", $"{ProseHandlingKnowledgeBase.ProseId}.html"), links);
        Assert.DoesNotContain(links, l => l.Item2?.Contains("refund", StringComparison.Ordinal) == true);
        var missing = Assert.Single(page.QuerySelectorAll("article .ref-missing"));
        Assert.Equal("退款预案", missing.TextContent);
        Assert.Equal("链接的预案不在站点里：../ecommerce/refund.md（可能已改名、移动或删除）", missing.GetAttribute("title"));
    }
}

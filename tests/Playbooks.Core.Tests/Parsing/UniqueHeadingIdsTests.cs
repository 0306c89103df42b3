using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Tests.Parsing;

/// <summary>
/// The site's heading anchors come from the rendering pipeline. Its linear id step must give every heading the id
/// Markdig's own step gives, so links into a page keep working, and must not slow down with repeated headings.
/// </summary>
public sealed class UniqueHeadingIdsTests
{
    private static readonly MarkdownPipeline MarkdigIds = MarkdownPipelines.RenderingBuilder(linearHeadingIds: false).Build();

    [Fact]
    public void Repeated_chinese_headings_get_numbered_ids_as_markdig_numbers_them()
    {
        var markdown = "## 背景\n\n## 处理方法\n\n## section-2\n\n## 背景\n\n## Step **one**\n\n## step one\n\n## 复盘\n";

        var ids = Ids(MarkdownPipelines.ParseForRendering(markdown));

        Assert.Equal(["section", "section-1", "section-2", "section-3", "step-one", "step-one-1", "section-4"], ids);
        Assert.Equal(Ids(Markdown.Parse(markdown, MarkdigIds)), ids);
    }

    [Fact]
    public void Random_heading_sequences_get_the_same_ids_as_markdig_gives()
    {
        // Texts that collide with each other's numbered forms: "section-1" written out, "a" and "a-1", Chinese (→ section).
        string[] texts = ["背景", "处理方法", "section", "section-1", "section-3", "a", "a-1", "a-1-1", "A", "", "链接 [x](y.md)", "Bot 刷屏"];
        var random = new Random(20261208);
        for (var round = 0; round < 200; round++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 40))
                .Select(_ => new string('#', random.Next(1, 4)) + " " + texts[random.Next(texts.Length)]);
            var markdown = string.Join("\n\n", lines) + "\n";

            Assert.Equal(Ids(Markdown.Parse(markdown, MarkdigIds)), Ids(MarkdownPipelines.ParseForRendering(markdown)));
        }
    }

    [Fact]
    public void Twenty_thousand_identical_headings_get_twenty_thousand_ids()
    {
        // Markdig alone tries 200 million suffixes here; a file of such headings took minutes to index.
        var markdown = string.Concat(Enumerable.Repeat("## 背景\nx\n", 20_000));

        var ids = Ids(MarkdownPipelines.ParseForRendering(markdown));

        Assert.Equal(20_000, ids.Distinct().Count());
        Assert.Equal("section-19999", ids[^1]);
    }

    private static List<string?> Ids(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>().Select(heading => heading.GetAttributes().Id).ToList();
}

using Markdig;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Tests.Parsing;

public sealed class MarkdownPipelinesTests
{
    [Fact]
    public void Hundreds_of_unclosed_brackets_render_as_the_text_written()
    {
        var markdown = "日志：" + new string('[', 400) + "结束";

        var text = MarkdownPipelines.ToPlainText(markdown);

        Assert.Equal("日志：" + new string('[', 400) + "结束", text.Trim());
    }

    [Fact]
    public void Ordinary_links_are_still_links()
    {
        var document = MarkdownPipelines.ParseForRendering("见[退款预案](refund-wave.md \"退款\")。");

        var html = Markdown.ToHtml(document, MarkdownPipelines.Rendering);

        Assert.Contains("<a href=\"refund-wave.md\" title=\"退款\">退款预案</a>", html);
    }

    [Fact]
    public void A_link_whose_address_runs_past_the_bound_is_shown_as_text()
    {
        var address = "https://example.com/" + new string('a', BoundedLinkInlineParser.MaxLinkLength);

        var html = Markdown.ToHtml(MarkdownPipelines.ParseForRendering($"[说明]({address})"), MarkdownPipelines.Rendering);

        // The address itself may still be auto-linked; "说明" is not a link text.
        Assert.DoesNotContain(">说明</a>", html);
        Assert.Contains("[说明](", html);
    }

    [Fact]
    public void Unclosed_link_openers_do_not_swallow_the_text_after_them()
    {
        var html = Markdown.ToHtml(MarkdownPipelines.ParseForRendering("[a]([a]([a]( 然后 [链接](x.md)"), MarkdownPipelines.Rendering);

        Assert.Contains("<a href=\"x.md\">链接</a>", html);
        Assert.Contains("[a]([a]([a](", html);
    }
}

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

/// <summary>
/// <see cref="MarkdownPipelines.ToPlainText"/> keeps one renderer per thread and renders document after document with it:
/// each text must come out exactly as a renderer made for it alone (what Markdig's own ToPlainText does) gives it.
/// </summary>
public sealed class PlainTextRendererReuseTests
{
    [Theory]
    [InlineData("playbooks")]
    [InlineData("tests/corpora/second-team/playbooks")]
    [InlineData("tests/corpora/third-team/playbooks")]
    public void Every_section_and_handling_step_renders_as_with_a_renderer_of_its_own(string corpus)
    {
        var parser = new PlaybookParser();
        var texts = Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, corpus), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => parser.ParseFile(file).Playbook)
            .Where(playbook => playbook is not null)
            .SelectMany(playbook => playbook!.Sections.Select(s => s.Markdown).Concat(playbook.HandlingSteps))
            .ToList();
        // Odd documents between them: a list left open, a quote, a table, a code block, the unnestable fallback.
        texts.InsertRange(texts.Count / 2, ["- 一\n  - 二\n    - 三", "> 引用\n>\n> 第二段", "| a | b |\n|---|---|\n| 1 | 2 |", "```\n代码\n```", new string('[', 300)]);
        Assert.True(texts.Count > 100, $"only {texts.Count} texts in {corpus}");

        foreach (var text in texts)
            Assert.Equal(WithOwnRenderer(text), MarkdownPipelines.ToPlainText(text));
    }

    [Fact]
    public void Threads_render_alike()
    {
        string[] texts = ["1. **客服组长**：同步口径\n2. 公告", "> 话术：“您好”", "| a | b |\n|---|---|\n| 1 | 2 |"];
        var expected = texts.Select(WithOwnRenderer).ToList();

        var rendered = Enumerable.Range(0, 400).AsParallel().Select(i => (i, MarkdownPipelines.ToPlainText(texts[i % texts.Length]))).ToList();

        Assert.All(rendered, r => Assert.Equal(expected[r.i % texts.Length], r.Item2));
    }

    /// <summary>The code before the renderer was kept: a new renderer, set up, for one document.</summary>
    [Fact]
    public void A_huge_text_renders_alike_and_its_grown_buffer_is_not_kept_for_the_thread()
    {
        var huge = string.Join("\n\n", Enumerable.Range(0, 20_000).Select(i => $"第 {i} 段：**客服**在 2 分钟内回复。"));
        const string Small = "1. **社群助教（2 分钟内）** 开启全员禁言。";

        Assert.Equal(WithOwnRenderer(huge), MarkdownPipelines.ToPlainText(huge));
        Assert.True((MarkdownPipelines.KeptBufferChars ?? 0) <= MarkdownPipelines.MaxKeptBufferChars,
            $"kept a buffer of {MarkdownPipelines.KeptBufferChars} chars");
        Assert.Equal(WithOwnRenderer(Small), MarkdownPipelines.ToPlainText(Small));
        Assert.NotNull(MarkdownPipelines.KeptBufferChars); // an ordinary text's renderer is kept again
    }

    private static string WithOwnRenderer(string markdown)
    {
        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        MarkdownPipelines.Rendering.Setup(renderer);
        renderer.Render(MarkdownPipelines.ParseForRendering(markdown));
        writer.Flush();
        return writer.ToString();
    }
}

using Playbooks.Site.Markdown;

namespace Playbooks.Site.Tests.Markdown;

public sealed class SafeMarkdownTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("[x](javascript:alert(1))", "<a href=\"#\">x</a>")]
    [InlineData("[x](JavaScript:alert(1))", "<a href=\"#\">x</a>")]
    [InlineData("[x](data:text/html,hi)", "<a href=\"#\">x</a>")]
    [InlineData("[x](bot-flood.md)", "<a href=\"bot-flood.md\">x</a>")]
    [InlineData("[x](https://example.com/a:b)", "<a href=\"https://example.com/a:b\">x</a>")]
    [InlineData("[x](a/b:c)", "<a href=\"a/b:c\">x</a>")]
    public void Renders_raw_html_as_text_and_refuses_script_links(string markdown, string expected) =>
        Assert.Contains(expected, SafeMarkdown.ToHtml(markdown));

    [Fact]
    public void Shows_obsidian_wiki_links_and_callouts_without_their_brackets()
    {
        var html = SafeMarkdown.ToHtml("详见 [[bot-flood|机器人刷屏预案]]。\n\n> [!warning] 注意\n> 不要点开任何陌生链接。");

        Assert.Contains("详见 机器人刷屏预案。", html);
        Assert.Contains("<blockquote>", html);
        Assert.Contains("注意", html);
        Assert.DoesNotContain("[", html);
    }

    [Fact]
    public void Shows_the_attribute_syntax_as_text_instead_of_applying_it()
    {
        var html = SafeMarkdown.ToHtml("### 标题 {#keep .kept onclick=\"alert(1)\" style=\"color:red\"}\n\n![图](a.png){srcset=\"https://evil.example/x.png 2x\"}");

        Assert.DoesNotContain("onclick=\"", html);
        Assert.DoesNotContain("style=\"", html);
        Assert.DoesNotContain("srcset=\"", html);
        Assert.DoesNotContain("class=\"kept\"", html);
        Assert.Contains("{#keep .kept onclick=&quot;alert(1)&quot;", html);
    }

    [Theory]
    [InlineData("![演示](https://www.youtube.com/watch?v=dQw4w9WgXcQ)")]
    [InlineData("![演示](https://vimeo.com/123456)")]
    [InlineData("![演示](https://example.com/clip.mp4)")]
    public void Never_embeds_a_video_or_a_third_party_frame(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        Assert.DoesNotContain("<iframe", html);
        Assert.DoesNotContain("<video", html);
    }

    [Fact]
    public void Bracketed_known_ids_become_links_and_unknown_ones_stay_text()
    {
        var html = PlaybookReferences.Link("<p>看冒充预案（competitor-impersonation）或（no-such-id）</p>",
            id => id == "competitor-impersonation" ? ("competitor-impersonation.html", "竞品冒充") : null);

        Assert.Equal("<p>看冒充预案（<a class=\"ref\" href=\"competitor-impersonation.html\" title=\"competitor-impersonation\">竞品冒充</a>）或（no-such-id）</p>", html);
    }
}

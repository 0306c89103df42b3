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
    public void Drops_event_handler_and_style_attributes_of_the_attribute_syntax()
    {
        var html = SafeMarkdown.ToHtml("### 标题 {#keep .kept onclick=\"alert(1)\" style=\"color:red\"}\n\n[x](a.md){onmouseover=\"alert(2)\"}");

        Assert.DoesNotContain("onclick", html);
        Assert.DoesNotContain("onmouseover", html);
        Assert.DoesNotContain("style", html);
        Assert.Contains("id=\"md-keep\"", html);
        Assert.Contains("class=\"kept\"", html);
    }

    [Fact]
    public void Bracketed_known_ids_become_links_and_unknown_ones_stay_text()
    {
        var html = PlaybookReferences.Link("<p>看冒充预案（competitor-impersonation）或（no-such-id）</p>",
            id => id == "competitor-impersonation" ? ("competitor-impersonation.html", "竞品冒充") : null);

        Assert.Equal("<p>看冒充预案（<a class=\"ref\" href=\"competitor-impersonation.html\" title=\"竞品冒充\">competitor-impersonation</a>）或（no-such-id）</p>", html);
    }
}

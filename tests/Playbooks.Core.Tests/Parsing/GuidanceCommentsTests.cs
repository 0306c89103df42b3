using Markdig;
using Playbooks.Core.Authoring;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Tests.Parsing;

public sealed class GuidanceCommentsTests
{
    [Fact]
    public void Rendering_hides_the_guidance_comments_new_writes()
    {
        var markdown = $"{SectionGuidance.Comment(SectionKind.Background)}\n\n群里出事了。\n";

        Assert.Equal("<p>群里出事了。</p>\n", Markdown.ToHtml(markdown, MarkdownPipelines.Rendering));
        Assert.Equal("群里出事了。", Markdown.ToPlainText(markdown, MarkdownPipelines.Rendering).Trim());
    }

    [Fact]
    public void A_comment_inside_a_paragraph_of_text_stays_escaped()
    {
        var html = Markdown.ToHtml("正文 <!-- 作者的话 --> 文字\n", MarkdownPipelines.Rendering);

        Assert.Equal("<p>正文 &lt;!-- 作者的话 --&gt; 文字</p>\n", html);
    }
}

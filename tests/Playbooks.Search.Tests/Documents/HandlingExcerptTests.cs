using Playbooks.Search.Documents;

namespace Playbooks.Search.Tests.Documents;

/// <summary>What a search result shows of a 处理方法 written as paragraphs: its first lines, bounded, never a placeholder.</summary>
public sealed class HandlingExcerptTests
{
    [Fact]
    public void Short_paragraphs_are_shown_whole()
    {
        Assert.Equal("先在群里发公告稳住情绪。\n再私聊带头的人。", HandlingExcerpt.Of("先在群里发公告稳住情绪。\n\n再私聊带头的人。"));
    }

    [Fact]
    public void Only_the_first_lines_are_shown_with_an_ellipsis_for_the_rest()
    {
        var excerpt = HandlingExcerpt.Of("第一段。\n第二段。\n第三段。\n第四段。");

        Assert.Equal("第一段。\n第二段。\n第三段。……", excerpt);
    }

    [Fact]
    public void A_long_paragraph_is_cut_after_its_last_whole_sentence_within_the_limit()
    {
        var sentence = new string('稳', 29) + "。";
        var text = string.Concat(Enumerable.Repeat(sentence, 6));

        var excerpt = HandlingExcerpt.Of(text)!;

        Assert.Equal(string.Concat(Enumerable.Repeat(sentence, 4)) + "……", excerpt);
        Assert.True(excerpt.Length <= HandlingExcerpt.MaxChars + 2, excerpt);
    }

    [Fact]
    public void A_long_sentence_is_cut_at_the_limit_without_splitting_a_character()
    {
        var text = new string('稳', HandlingExcerpt.MaxChars - 1) + "𠀀" + "后面还有很多。";

        var excerpt = HandlingExcerpt.Of(text)!;

        Assert.Equal(new string('稳', HandlingExcerpt.MaxChars - 1) + "……", excerpt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    [InlineData("待补充。")]
    [InlineData("暂无")]
    [InlineData("TODO")]
    public void An_empty_or_placeholder_section_is_no_handling(string text)
    {
        Assert.Null(HandlingExcerpt.Of(text));
    }
}

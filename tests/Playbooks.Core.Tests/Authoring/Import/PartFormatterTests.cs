using Playbooks.Core.Authoring.Import;

namespace Playbooks.Core.Tests.Authoring.Import;

public sealed class PartFormatterTests
{
    private static string Format(string text) => PartFormatter.Format(text.ReplaceLineEndings("\n").Split('\n'));

    [Fact]
    public void Chinese_numbering_becomes_a_tight_ordered_list()
    {
        Assert.Equal("1. 禁言\n2. 澄清\n3. 复盘", Format("一、禁言\n\n二、澄清\n\n三、复盘"));
    }

    [Fact]
    public void Sub_items_are_nested_under_their_step()
    {
        Assert.Equal("1. 清人\n   1. 先禁言\n   2. 再移出\n2. 澄清", Format("1、清人\n（1）先禁言\n（2）再移出\n2、澄清"));
    }

    [Fact]
    public void A_line_right_after_a_step_continues_it_and_a_paragraph_after_a_blank_ends_the_list()
    {
        Assert.Equal("1. 禁言\n   十分钟后解除。\n\n其余照常。", Format("1.禁言\n十分钟后解除。\n\n其余照常。"));
    }

    [Fact]
    public void Each_line_of_prose_is_its_own_paragraph()
    {
        Assert.Equal("第一段。\n\n第二段。", Format("　　第一段。\n第二段。"));
    }

    [Fact]
    public void Nothing_in_the_text_can_end_the_section_early()
    {
        Assert.Equal("**小结**\n\n正文\n\n\\<!-- 未闭合的注释", Format("## 小结\n正文\n---\n<!-- 未闭合的注释"));
    }

    [Fact]
    public void Decimals_are_not_steps_and_a_year_is_not_a_list()
    {
        Assert.Equal("3.5 元的券\n\n2021\\. 年度总结", Format("3.5 元的券\n2021. 年度总结"));
    }

    [Fact]
    public void Bullets_of_any_kind_become_a_Markdown_list()
    {
        Assert.Equal("- 限领\n- 限新客", Format("• 限领\n● 限新客"));
    }
}

using Playbooks.Core.Authoring.Import;

namespace Playbooks.Core.Tests.Authoring.Import;

public sealed class NumberingTests
{
    [Theory]
    [InlineData("1、标题", 1, "arabic、", "标题")]
    [InlineData("2. 标题", 2, "arabic.", "标题")]
    [InlineData("3.先禁言", 3, "arabic.", "先禁言")]
    [InlineData("４．全角", 4, "arabic.", "全角")]
    [InlineData("5）括号", 5, "arabic)", "括号")]
    [InlineData("一、背景", 1, "han、", "背景")]
    [InlineData("十二、第十二", 12, "han、", "第十二")]
    [InlineData("二十三、第二十三", 23, "han、", "第二十三")]
    public void Reads_the_number_style_and_text_of_a_numbered_line(string line, int number, string style, string text)
    {
        var marker = Numbering.Match(line);

        Assert.Equal(new Numbering.Marker(number, style, text, false), marker);
    }

    [Theory]
    [InlineData("（1）小项", 1)]
    [InlineData("(二)小项", 2)]
    [InlineData("③小项", 3)]
    public void Marks_parenthesised_and_circled_numbers_as_sub_items(string line, int number)
    {
        Assert.Equal((number, true), (Numbering.Match(line)!.Value.Number, Numbering.Match(line)!.Value.IsSubItem));
    }

    [Theory]
    [InlineData("3.5 元")]
    [InlineData("一是产品运营。")]
    [InlineData("十分重要")]
    [InlineData("2021年")]
    [InlineData("1、")]
    public void Ignores_lines_that_only_start_with_a_number(string line)
    {
        Assert.Null(Numbering.Match(line));
    }
}

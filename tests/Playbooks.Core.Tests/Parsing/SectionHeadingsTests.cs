using Playbooks.Core.Model;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Tests.Parsing;

public sealed class SectionHeadingsTests
{
    [Theory]
    [InlineData("背景", SectionKind.Background)]
    [InlineData("社群背景", SectionKind.Background)]
    [InlineData("Background", SectionKind.Background)]
    [InlineData("风险源头", SectionKind.Risk)]
    [InlineData("风险", SectionKind.Risk)]
    [InlineData("风险来源", SectionKind.Risk)]
    [InlineData("Risk", SectionKind.Risk)]
    [InlineData("激化情况", SectionKind.Escalation)]
    [InlineData("激化", SectionKind.Escalation)]
    [InlineData("升级情况", SectionKind.Escalation)]
    [InlineData("Escalation", SectionKind.Escalation)]
    [InlineData("处理方法", SectionKind.Handling)]
    [InlineData("处理", SectionKind.Handling)]
    [InlineData("处置", SectionKind.Handling)]
    [InlineData("应对", SectionKind.Handling)]
    [InlineData("Handling", SectionKind.Handling)]
    [InlineData("复盘反思", SectionKind.Retrospective)]
    [InlineData("复盘", SectionKind.Retrospective)]
    [InlineData("改进方法", SectionKind.Retrospective)]
    [InlineData("迁徙反思", SectionKind.Retrospective)]
    [InlineData("反思", SectionKind.Retrospective)]
    [InlineData("Retrospective", SectionKind.Retrospective)]
    // variants teams write in their retrospectives
    [InlineData("处理办法", SectionKind.Handling)]
    [InlineData("处置方法", SectionKind.Handling)]
    [InlineData("应对措施", SectionKind.Handling)]
    [InlineData("应急处理", SectionKind.Handling)]
    [InlineData("解决方案", SectionKind.Handling)]
    [InlineData("背景介绍", SectionKind.Background)]
    [InlineData("事件经过", SectionKind.Background)]
    [InlineData("原因分析", SectionKind.Risk)]
    [InlineData("根因", SectionKind.Risk)]
    [InlineData("事态升级", SectionKind.Escalation)]
    [InlineData("经验教训", SectionKind.Retrospective)]
    [InlineData("复盘总结", SectionKind.Retrospective)]
    [InlineData("情况", SectionKind.Background)]
    public void Recognises_every_name_of_a_section(string heading, SectionKind expected)
    {
        Assert.Equal(expected, SectionHeadings.Match(heading));
    }

    [Theory]
    [InlineData("【社群背景】", SectionKind.Background)]
    [InlineData("「风险来源」", SectionKind.Risk)]
    [InlineData("激化情况：", SectionKind.Escalation)]
    [InlineData("处理方法:", SectionKind.Handling)]
    [InlineData("一、背景", SectionKind.Background)]
    [InlineData("二、风险源头：", SectionKind.Risk)]
    [InlineData("（三）激化情况", SectionKind.Escalation)]
    [InlineData("第四部分：处理方法", SectionKind.Handling)]
    [InlineData("第五章 复盘", SectionKind.Retrospective)]
    [InlineData("4. 处理方法", SectionKind.Handling)]
    [InlineData("５．复盘反思", SectionKind.Retrospective)]
    [InlineData("【一、社群背景】：", SectionKind.Background)]
    [InlineData("**处理方法**", SectionKind.Handling)]
    [InlineData("  HANDLING  ", SectionKind.Handling)]
    [InlineData("Lessons Learned", SectionKind.Retrospective)]
    public void Ignores_brackets_colons_numbering_and_emphasis(string heading, SectionKind expected)
    {
        Assert.Equal(expected, SectionHeadings.Match(heading));
    }

    [Theory]
    [InlineData("風險源頭", SectionKind.Risk)]
    [InlineData("處理方法", SectionKind.Handling)]
    [InlineData("復盤反思", SectionKind.Retrospective)]
    [InlineData("激化情況", SectionKind.Escalation)]
    [InlineData("升級情況", SectionKind.Escalation)]
    [InlineData("應對", SectionKind.Handling)]
    [InlineData("改進方法", SectionKind.Retrospective)]
    [InlineData("遷徙反思", SectionKind.Retrospective)]
    [InlineData("【處置】：", SectionKind.Handling)]
    [InlineData("【處理辦法】：", SectionKind.Handling)]
    public void Folds_traditional_characters(string heading, SectionKind expected)
    {
        Assert.Equal(expected, SectionHeadings.Match(heading));
    }

    [Theory]
    [InlineData("处置步骤", SectionKind.Handling)]
    [InlineData("处理流程（SOP）", SectionKind.Handling)]
    [InlineData("SOP", SectionKind.Handling)]
    [InlineData("处理方法（按时间顺序）", SectionKind.Handling)]
    [InlineData("风险应对", SectionKind.Handling)]
    [InlineData("升级路径", SectionKind.Escalation)]
    [InlineData("事故现象", SectionKind.Background)]
    [InlineData("问题成因", SectionKind.Risk)]
    [InlineData("复盘与改进措施", SectionKind.Retrospective)]
    [InlineData("后续预防", SectionKind.Retrospective)]
    [InlineData("【應急處置流程】", SectionKind.Handling)]
    public void Reads_a_short_heading_no_list_foresaw_by_its_last_keyword(string heading, SectionKind expected)
    {
        Assert.Equal(expected, SectionHeadings.Read(heading));
    }

    [Theory]
    [InlineData("参考资料")]
    [InlineData("相关链接")]
    [InlineData("当时群里大家都在讨论处理方法的问题")]
    [InlineData("附录")]
    [InlineData("")]
    public void Leaves_other_headings_unrecognised(string heading)
    {
        Assert.Null(SectionHeadings.Read(heading));
    }
}

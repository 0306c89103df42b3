using Playbooks.Core.Model;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Tests.Parsing;

/// <summary>
/// <see cref="PlainText.FromMarkdown(string, IReadOnlyList{string})"/> reads a section's handling steps from the
/// section's own parse where it can: every step must come out exactly as <see cref="PlainText.FromMarkdown(string)"/>
/// gives it parsed alone, which is what the index and search results held before.
/// </summary>
public sealed class PlainTextTests
{
    [Theory]
    [InlineData("playbooks")]
    [InlineData("tests/corpora/second-team/playbooks")]
    [InlineData("tests/corpora/third-team/playbooks")]
    [InlineData("tests/corpora/fourth-team/playbooks")]
    public void Every_handling_step_reads_as_when_parsed_alone(string corpus)
    {
        var parser = new PlaybookParser();
        var playbooks = Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, corpus), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => parser.ParseFile(file).Playbook)
            .OfType<Playbook>()
            .Where(playbook => playbook.HandlingSteps.Count > 0)
            .ToList();
        Assert.True(playbooks.Count >= 20, $"only {playbooks.Count} playbooks with steps in {corpus}");

        foreach (var playbook in playbooks)
            AssertReadsAsAlone(playbook.Sections.Single(s => s.Kind == SectionKind.Handling).Markdown, playbook.HandlingSteps);
    }

    /// <summary>Sections where a step's paragraph reads differently inside them than alone, and ordinary ones around them.</summary>
    [Theory]
    [InlineData("1. 见[退款预案]处理\n2. 通知客服\n\n[退款预案]: refund-wave.md", "见[退款预案]处理|通知客服")]
    [InlineData("1. 先看说明[^1]\n\n[^1]: 公告原文", "先看说明[^1]")]
    [InlineData("*[SOP]: 标准作业流程\n\n1. 按 SOP 处理\n2. 复核", "按 SOP 处理|复核")]
    [InlineData("### 联系人\n\n1. 找[联系人]确认\n2. **客服组长（2 分钟内）** 开启全员禁言", "找[联系人]确认|**客服组长（2 分钟内）** 开启全员禁言")]
    [InlineData(">**重要**：先截图\n\n1. **重要**：先截图", "**重要**：先截图")]
    [InlineData("1. *客服*\n2. 客服*\n3. _客服_ 回复\n4. `代码` 与 ``双`引号``", "*客服*|客服*|_客服_ 回复|`代码` 与 ``双`引号``")]
    [InlineData("- www.example.com 查看公告\n- 打开 https://example.com/a_b_c 后截图\n- $x$ 元", "www.example.com 查看公告|打开 https://example.com/a_b_c 后截图|$x$ 元")]
    [InlineData("1. 第一行\n   接着写\n2. 单独一行  \n3.   前面有空格", "第一行\n接着写|单独一行|前面有空格")]
    [InlineData("1. **给群加备注。**群名改为“处理中”\n2. <!-- 写什么 -->\n3. &amp; 与 &copy;", "**给群加备注。**群名改为“处理中”|<!-- 写什么 -->|&amp; 与 &copy;")]
    [InlineData("1、撤回消息\n2、通知群主", "撤回消息|通知群主")]
    [InlineData("- 一\n  - 二\n- | a | b |", "一\n- 二|| a | b |")]
    public void A_step_reads_as_when_parsed_alone(string section, string steps) =>
        AssertReadsAsAlone(section, steps.Split('|'));

    [Fact]
    public void A_section_too_deeply_nested_to_parse_still_gives_its_steps_as_alone()
    {
        var section = "1. **客服**回复\n2. " + new string('[', 300) + "结束";

        AssertReadsAsAlone(section, ["**客服**回复", new string('[', 300) + "结束"]);
    }

    private static void AssertReadsAsAlone(string section, IReadOnlyList<string> steps)
    {
        var (text, quoted) = PlainText.FromMarkdown(section, steps);

        Assert.Equal(PlainText.FromMarkdown(section), text);
        Assert.Equal(steps.Select(PlainText.FromMarkdown), quoted);
    }
}

using Playbooks.Core.Authoring;
using Playbooks.Core.Authoring.Import;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Tests.Authoring.Import;

/// <summary>
/// Articles shuffled together from every kind of line the importer distinguishes, plus lines that could break the
/// Markdown written from them. Whatever the mix, the importer either finds cases or says it found none, and every
/// draft it produces is a file lint accepts with its five sections.
/// </summary>
public sealed class RandomArticleTests
{
    private static readonly string[] Lines =
    [
        "1、群里有人刷屏", "2. 直播卡顿", "三、优惠券被薅", "### 案例四：团长吵架", "## 相关阅读", "# 标题", "**加粗的一行**",
        "【社群背景】", "「风险源头」：", "### 激化情况", "处理方法：先禁言，再澄清", "处理方法:", "【改进方法】", "【迁徙反思】", "【處理方法】",
        "升级：超过十分钟通知负责人", "背景：免费群", "1.禁言", "2.澄清", "（1）先移出", "① 再公告", "- 要点", "• 要点",
        "普通的一句话。", "没有句号的一句话", "", "", "", "---", "===", "***", "<!-- 没闭合的注释", "-->", "<div>", "    缩进的代码",
        "2021. 年度总结", "3.5 元的券", "id: fake", "title: 假的", "更多阅读", "Copyright © 2026", "【】", "### 【】", "1、", "#",
        "> 引用", "| 表 | 格 |", "```", "~~~", "\t制表符开头", "\u3000\u3000全角空格开头", "\uFEFF", "[链接](http://x)",
    ];

    [Fact]
    public void Every_draft_from_any_mix_of_lines_parses_without_errors()
    {
        var random = new Random(20261121);
        var parser = new PlaybookParser(FixedClock.Today);
        for (var round = 0; round < 300; round++)
        {
            var article = string.Join(random.Next(4) == 0 ? "\r\n" : "\n",
                Enumerable.Range(0, random.Next(1, 60)).Select(_ => Lines[random.Next(Lines.Length)]));
            ImportResult result;
            try
            {
                result = CaseImporter.Parse(article, "random.txt");
            }
            catch (PlaybooksException ex) when (ex.Code is "no-cases" or "empty-input")
            {
                continue;
            }

            foreach (var @case in result.Cases)
            {
                var draft = new PlaybookDraft
                {
                    Id = "random-case", Title = @case.Title, Updated = new DateOnly(2026, 11, 21),
                    Sections = @case.Parts.Where(p => !p.IsEmpty).ToDictionary(p => p.Kind, p => p.Markdown),
                };
                var parsed = parser.Parse("random-case.md", PlaybookTemplate.Render(draft));

                Assert.False(parsed.HasErrors, $"{article}\n=====\n{string.Join("\n", parsed.Findings)}");
                Assert.Equal(SectionKinds.All, parsed.Playbook!.Sections.Select(s => s.Kind));
                Assert.Equal(@case.Title, parsed.Playbook.Title);
                Assert.All(@case.Parts.Where(p => !p.IsEmpty), p => Assert.False(parsed.Playbook.Section(p.Kind)!.IsEmpty, article));
            }
        }
    }
}

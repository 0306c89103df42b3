using Playbooks.Site.Markdown;

namespace Playbooks.Site.Tests.Markdown;

public sealed class HandlingChecklistTests
{
    private static string Render(string markdown) => SafeMarkdown.ToHtml(markdown).Trim();

    [Fact]
    public void Numbered_list_items_become_steps_and_prose_around_them_stays()
    {
        var parts = HandlingChecklist.Split("先稳住情绪。\n\n1. **助教（2 分钟内）** 禁言\n2. 移出账号\n   - 按进群时间\n\n最后复盘。", Render);

        Assert.Equal(3, parts.Count);
        Assert.Equal("<p>先稳住情绪。</p>", parts[0].Html);
        Assert.Equal(["<p><strong>助教（2 分钟内）</strong> 禁言</p>", "<p>移出账号</p>\n<ul>\n<li>按进群时间</li>\n</ul>"], parts[1].Steps);
        Assert.Equal(1, parts[1].FirstNumber);
        Assert.Equal("<p>最后复盘。</p>", parts[2].Html);
    }

    [Fact]
    public void Chinese_numbered_lines_become_steps()
    {
        var parts = HandlingChecklist.Split("1、私聊提醒\n2、重申群规\n并置顶\n三、写进欢迎语", Render);

        var steps = Assert.Single(parts).Steps!;
        Assert.Equal(["<p>私聊提醒</p>", "<p>重申群规\n并置顶</p>", "<p>写进欢迎语</p>"], steps);
    }

    [Fact]
    public void Numbering_continues_after_prose_between_lists()
    {
        var parts = HandlingChecklist.Split("1. 一\n2. 二\n\n插一句。\n\n1. 三", Render);

        Assert.Equal([1, 0, 3], parts.Select(p => p.FirstNumber));
    }
}

using Playbooks.Server.Pages;

namespace Playbooks.Server.Tests.Pages;

public sealed class TextRunsTests
{
    [Fact]
    public void Highlights_become_emphasised_runs_between_plain_ones()
    {
        var runs = TextRuns.Highlighted("群里有人冒充助教", [[4, 2], [0, 2]]);

        Assert.Equal([new("群里", true), new("有人", false), new("冒充", true), new("助教", false)], runs);
    }

    [Fact]
    public void Overlapping_or_out_of_range_highlights_are_clipped()
    {
        var runs = TextRuns.Highlighted("刷屏广告", [[0, 3], [1, 2], [3, 99], [-5, 1]]);

        Assert.Equal("刷屏广告", string.Concat(runs.Select(r => r.Text)));
        Assert.Equal([new("刷屏广", true), new("告", true)], runs);
    }

    [Fact]
    public void A_step_shows_its_bold_role_emphasised_and_the_rest_as_written()
    {
        var runs = TextRuns.Step("**社群助教（2 分钟内）** 开启群聊邀请确认，\n暂停拉新。");

        Assert.Equal([new("社群助教（2 分钟内）", true), new(" 开启群聊邀请确认， 暂停拉新。", false)], runs);
    }

    [Fact]
    public void An_unpaired_marker_stays_text()
    {
        Assert.Equal([new("把 ** 写进话术", false)], TextRuns.Step("把 ** 写进话术"));
    }
}

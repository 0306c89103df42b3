using Playbooks.Cli.Output.Layout;
using Spectre.Console;

namespace Playbooks.Cli.Tests.Output.Layout;

public sealed class LineWrapperTests
{
    private const string Background =
        "视频号、抖音、淘宝直播、小红书直播或企业微信直播课正在进行时出了状况：主播把价格、优惠、库存说错，说出“最好”“第一”这类违规用语；" +
        "画面卡顿、黑屏、没声音，推流掉线，直播突然断了。合作达人自己的言行丑闻连累品牌，是 KOL 翻车，按 live-stream-accident 处理。";

    private static List<string> Lines(string text, int first, int rest) =>
        LineWrapper.Wrap(text, first, rest).Select(range => text[range]).ToList();

    [Theory]
    [InlineData(20)]
    [InlineData(23)]
    [InlineData(30)]
    [InlineData(41)]
    [InlineData(60)]
    public void Fills_lines_to_the_width_in_cells_and_keeps_every_rule(int width)
    {
        var lines = Lines(Background, width, width);

        Assert.Empty(LayoutRules.Violations(lines, width, ["live-stream-accident"]));
        Assert.Equal(Background.Replace(" ", ""), string.Concat(lines).Replace(" ", ""));
        // Greedy: a line ends early only when the next word would not have fitted.
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var next = lines[i + 1];
            var firstWord = next[..(LineBreakOpportunities.Find(next).FirstOrDefault(next.Length) is var end and > 0 ? end : next.Length)].TrimEnd();
            Assert.True(lines[i].GetCellWidth() + 1 + firstWord.GetCellWidth() > width, $"line {i + 1} ends early: {lines[i]}");
        }
    }

    [Fact]
    public void Counts_Han_characters_as_two_cells()
    {
        Assert.Equal(["群里有人", "刷屏"], Lines("群里有人刷屏", 8, 8));
    }

    [Fact]
    public void Moves_a_character_down_rather_than_start_a_line_with_closing_punctuation()
    {
        Assert.Equal(["群里有", "人。群", "主"], Lines("群里有人。群主", 6, 6));
    }

    [Fact]
    public void Gives_the_first_line_and_the_others_their_own_widths()
    {
        Assert.Equal(["群里", "有人刷屏", "发广告"], Lines("群里有人刷屏发广告", 4, 8));
    }

    [Fact]
    public void Ends_a_line_at_every_line_feed_and_keeps_blank_lines()
    {
        Assert.Equal(["第一段", "", "第二段"], Lines("第一段\n\n第二段", 40, 40));
    }

    [Fact]
    public void Leaves_out_the_space_a_line_was_broken_at()
    {
        Assert.Equal(["playbooks show", "bot-flood"], Lines("playbooks show bot-flood", 16, 16));
    }

    [Fact]
    public void Cuts_a_word_only_when_it_is_wider_than_the_whole_line()
    {
        Assert.Equal(["见", "live-stre", "am-accide", "nt"], Lines("见 live-stream-accident", 9, 9));
    }

    [Fact]
    public void Reports_the_widest_word_as_the_narrowest_width()
    {
        Assert.Equal(20, LineWrapper.WidestWord("见 live-stream-accident 预案"));
        Assert.Equal(4, LineWrapper.WidestWord("群里有人。"));
    }
}

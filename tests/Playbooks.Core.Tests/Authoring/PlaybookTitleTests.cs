using Playbooks.Core.Authoring;

namespace Playbooks.Core.Tests.Authoring;

public sealed class PlaybookTitleTests
{
    [Theory]
    [InlineData("大批机器人小号几分钟内涌进群，刷屏炸群发广告")]
    [InlineData("App 或服务宕机打不开，用户涌进群和客服集中投诉")]
    public void Accepts_a_plain_one_line_title(string title) => Assert.Null(PlaybookTitle.Problem(title));

    [Fact]
    public void Counts_characters_as_a_reader_sees_them_so_emoji_are_one_each()
    {
        Assert.Null(PlaybookTitle.Problem(string.Concat(Enumerable.Repeat("🔥", PlaybookTitle.MaxLength))));
        Assert.NotNull(PlaybookTitle.Problem(string.Concat(Enumerable.Repeat("🔥", PlaybookTitle.MaxLength + 1))));
    }

    [Theory]
    [InlineData("第一行\r第二行")]
    [InlineData("响铃\u0007")]
    [InlineData("方向\u2066隔离")]
    public void Refuses_line_breaks_and_invisible_control_characters(string title) => Assert.NotNull(PlaybookTitle.Problem(title));
}

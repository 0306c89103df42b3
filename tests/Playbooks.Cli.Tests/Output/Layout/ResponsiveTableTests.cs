using Playbooks.Cli.Output.Layout;

namespace Playbooks.Cli.Tests.Output.Layout;

public sealed class ResponsiveTableTests
{
    private static readonly string[] Ids = ["live-stream-accident", "bot-flood"];

    private static ResponsiveTable Catalog() => new ResponsiveTable()
        .AddColumn("id", ColumnRole.Whole)
        .AddColumn("标题", ColumnRole.Wrapped)
        .AddColumn("距今", ColumnRole.Whole, rightAligned: true)
        .AddRow("live-stream-accident", "直播翻车：主播口误说错价格、卡顿黑屏或直播突然中断", "39 天")
        .AddRow("bot-flood", "大批机器人小号几分钟内涌进群", "3 天");

    [Fact]
    public void Draws_a_table_with_whole_ids_when_the_titles_still_get_room()
    {
        var lines = RenderedText.Lines(Catalog(), 56);

        Assert.Equal(
        [
            "╭──────────────────────┬───────────────────────┬───────╮",
            "│ id                   │ 标题                  │  距今 │",
            "├──────────────────────┼───────────────────────┼───────┤",
            "│ live-stream-accident │ 直播翻车：主播口误说  │ 39 天 │",
            "│                      │ 错价格、卡顿黑屏或直  │       │",
            "│                      │ 播突然中断            │       │",
            "│ bot-flood            │ 大批机器人小号几分钟  │  3 天 │",
            "│                      │ 内涌进群              │       │",
            "╰──────────────────────┴───────────────────────┴───────╯",
        ], lines);
    }

    [Fact]
    public void Stacks_the_records_when_a_table_would_squeeze_the_titles()
    {
        var lines = RenderedText.Lines(Catalog(), 40);

        Assert.Equal(
        [
            "live-stream-accident · 39 天",
            "  直播翻车：主播口误说错价格、卡顿黑屏或",
            "  直播突然中断",
            "bot-flood · 3 天",
            "  大批机器人小号几分钟内涌进群",
        ], lines);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(45)]
    [InlineData(60)]
    [InlineData(100)]
    public void Keeps_every_rule_at_any_width(int width)
    {
        Assert.Empty(LayoutRules.Violations(RenderedText.Lines(Catalog(), width), width, Ids));
    }

    [Fact]
    public void Gives_whole_columns_their_full_width_and_the_rest_to_wrapped_ones()
    {
        // 56 cells less 4 borders and 6 cells of padding leave 46: id 20, 距今 5, the title the other 21.
        Assert.Equal([20, 21, 5], Catalog().ColumnWidths(56));
        Assert.Null(Catalog().ColumnWidths(40));
    }
}

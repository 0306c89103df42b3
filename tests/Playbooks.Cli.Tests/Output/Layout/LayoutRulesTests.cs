namespace Playbooks.Cli.Tests.Output.Layout;

/// <summary>The snapshot tests are only as strict as these rules: each must catch what it names.</summary>
public sealed class LayoutRulesTests
{
    [Fact]
    public void Catches_a_line_wider_than_the_terminal_in_cells()
    {
        Assert.Single(LayoutRules.Violations(["群里有人刷屏"], 11, []));
        Assert.Empty(LayoutRules.Violations(["群里有人刷屏"], 12, []));
    }

    [Fact]
    public void Catches_a_line_starting_with_closing_punctuation_inside_a_border()
    {
        Assert.Single(LayoutRules.Violations(["│ 。群主 │"], 40, []));
    }

    [Fact]
    public void Catches_either_half_of_a_split_id_but_not_the_whole_id()
    {
        Assert.Equal(2, LayoutRules.Violations(["│ live-stream-acciden │", "│ t                   │"], 40, ["live-stream-accident"]).Count);
        Assert.Empty(LayoutRules.Violations(["见 live-stream-accident 预案"], 40, ["live-stream-accident"]));
    }
}

using Playbooks.Cli.Help;

namespace Playbooks.Cli.Tests.Help;

public sealed class ClosestNameTests
{
    private static readonly string[] Commands = ["lint", "list", "show", "search", "similar", "eval", "site", "serve", "new", "import", "stale"];

    [Theory]
    [InlineData("serch", "search")]
    [InlineData("lst", "list")]
    [InlineData("simlar", "similar")]
    [InlineData("imprt", "import")]
    [InlineData("stal", "stale")]
    public void Suggests_the_command_one_typo_away(string typed, string expected) =>
        Assert.Equal(expected, ClosestName.Find(typed, Commands));

    [Theory]
    [InlineData("群里有人刷屏")]
    [InlineData("deploy")]
    [InlineData("xy")]
    public void Suggests_nothing_for_a_word_that_is_no_typo_of_a_command(string typed) =>
        Assert.Null(ClosestName.Find(typed, Commands));
}

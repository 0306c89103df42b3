using Playbooks.Cli.Output.Layout;

namespace Playbooks.Cli.Tests.Output.Layout;

public sealed class PipedWidthTests
{
    [Theory]
    [InlineData(null, 80)]
    [InlineData("", 80)]
    [InlineData("60", 60)]
    [InlineData("120", 120)]
    [InlineData("20", 20)]
    [InlineData("19", 80)]
    [InlineData("1001", 80)]
    [InlineData("-60", 80)]
    [InlineData("abc", 80)]
    [InlineData(" 60", 80)]
    public void Honours_COLUMNS_when_it_is_a_sensible_width_and_defaults_to_80(string? columns, int expected)
    {
        Assert.Equal(expected, PipedWidth.From(columns));
    }
}

namespace Playbooks.Core.Tests;

public sealed class TextTests
{
    [Theory]
    [InlineData("owner", "owner", 0)]
    [InlineData("onwer", "owner", 2)]
    [InlineData("severty", "severity", 1)]
    [InlineData("", "tags", 4)]
    [InlineData("退款潮", "退款", 1)]
    public void Counts_single_character_edits(string a, string b, int expected)
    {
        Assert.Equal(expected, Text.EditDistance(a, b));
        Assert.Equal(expected, Text.EditDistance(b, a));
    }
}

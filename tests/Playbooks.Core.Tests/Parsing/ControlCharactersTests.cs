using Playbooks.Core.Parsing;

namespace Playbooks.Core.Tests.Parsing;

public sealed class ControlCharactersTests
{
    [Theory]
    [InlineData('\u0000')]
    [InlineData('\u001B')] // ESC: terminal escape sequences
    [InlineData('\u007F')]
    [InlineData('\u0085')]
    [InlineData('\u009B')] // one-character CSI
    [InlineData('\u202A')]
    [InlineData('\u202E')] // right-to-left override
    [InlineData('\u2066')]
    [InlineData('\u2069')]
    public void A_forbidden_character_is_found_inside_Chinese_text(char c) =>
        Assert.Equal(7, ControlCharacters.IndexOf("处理支付回调超" + c + "然后重试"));

    [Theory]
    [InlineData('\t')]
    [InlineData('\n')]
    [InlineData('\r')]
    [InlineData(' ')]
    [InlineData('\u00A0')]
    [InlineData('\u2026')] // …
    [InlineData('\u202F')] // between the two bidirectional blocks
    [InlineData('\u2065')]
    [InlineData('\u206A')]
    public void An_allowed_character_is_not_reported(char c) =>
        Assert.Equal(-1, ControlCharacters.IndexOf("处理支付回调" + c + "然后重试"));

    [Fact]
    public void Every_character_is_found_exactly_when_it_is_forbidden()
    {
        // Long enough that the search runs over whole vectors before and after the character.
        var prefix = new string('库', 40);
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var expected = ControlCharacters.IsForbidden((char)c) ? prefix.Length : -1;
            Assert.Equal(expected, ControlCharacters.IndexOf(prefix + (char)c + prefix));
        }
    }

    [Theory]
    [InlineData("ab\u2067cd\u0085ef\u001Bgh", 2)]
    [InlineData("ab\u001Bcd\u2067ef\u0085gh", 2)]
    [InlineData("ab\u0085cd\u001Bef\u202Egh", 2)]
    [InlineData("ab\u202Ecd\u2066ef\u0085gh", 2)]
    [InlineData("abcdefgh\u2069", 8)]
    public void Of_several_forbidden_characters_the_first_is_reported(string text, int expected) =>
        Assert.Equal(expected, ControlCharacters.IndexOf(text));
}

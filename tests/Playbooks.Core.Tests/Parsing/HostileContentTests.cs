using System.Text;
using Playbooks.Core.Diagnostics;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;
using Playbooks.Tests.Shared;

namespace Playbooks.Core.Tests.Parsing;

/// <summary>Contents that once crashed or stalled the parser: each must cost only its own file, with a finding.</summary>
public sealed class HostileContentTests
{
    private const string Valid = HostileInputs.ValidPlaybook;

    private static readonly PlaybookParser Parser = new(new FixedClock(new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void A_list_nested_a_hundred_levels_is_an_error_on_its_line_not_an_exception()
    {
        var text = Valid + string.Concat(Enumerable.Repeat("- ", 100)) + "x\n";

        var result = Parser.Parse("kb/hostile.md", Encoding.UTF8.GetBytes(text));

        var finding = Assert.Single(result.Findings, f => f.IsError);
        Assert.Equal(FindingCodes.TooDeeplyNested, finding.Code);
        Assert.Equal(Valid.Split('\n').Length, finding.Line); // the line after the valid part
        Assert.Contains("嵌套得太深", finding.Message);
    }

    [Fact]
    public void Tens_of_thousands_of_unclosed_links_still_parse_into_sections()
    {
        var text = Valid + string.Concat(Enumerable.Repeat("[a](", 50_000)) + "\n";

        var result = Parser.Parse("kb/hostile.md", Encoding.UTF8.GetBytes(text));

        Assert.False(result.HasErrors, string.Join("\n", result.Findings));
        Assert.Equal(5, result.Playbook!.Sections.Count);
        Assert.StartsWith("群码定期更换。", result.Playbook.Sections.Single(s => s.Kind == SectionKind.Retrospective).Markdown);
    }

    [Fact]
    public void A_terminal_escape_in_the_title_is_an_error_naming_line_and_column()
    {
        var text = Valid.Replace("title: 病态输入", "title: 病态\u001b]0;PWN\u0007输入");

        var result = Parser.Parse("kb/hostile.md", text);

        var finding = Assert.Single(result.Findings, f => f.Code == FindingCodes.ControlCharacter);
        Assert.True(finding.IsError);
        Assert.Equal((3, 10), (finding.Line, finding.Column));
        Assert.Contains("U+001B", finding.Message);
    }

    [Theory]
    [InlineData("\u202E")] // right-to-left override
    [InlineData("\u009B")] // C1 CSI
    [InlineData("\u0008")] // backspace
    public void Bidi_overrides_and_other_controls_in_the_body_are_errors(string character)
    {
        var result = Parser.Parse("kb/hostile.md", Valid.Replace("群码定期更换。", "群码" + character + "定期更换。"));

        Assert.Contains(result.Findings, f => f.Code == FindingCodes.ControlCharacter && f.Line == Valid.Split('\n').Length - 1);
    }

    [Fact]
    public void Tabs_and_ordinary_text_are_not_control_characters()
    {
        var result = Parser.Parse("kb/hostile.md", Valid.Replace("群码定期更换。", "群码\t定期更换。"));

        Assert.DoesNotContain(result.Findings, f => f.Code == FindingCodes.ControlCharacter);
    }
}

using Playbooks.Cli.Tests.Support;

namespace Playbooks.Cli.Tests.Output;

/// <summary>Piped output and NO_COLOR must stay free of escape codes, or scripts and logs fill with noise.</summary>
public sealed class PlainOutputTests : IDisposable
{
    private const char Escape = '\u001b';

    private readonly TempDirectory _temp = new();
    private readonly string _kb;

    public PlainOutputTests()
    {
        _kb = _temp.Combine("kb");
        _temp.Write("kb/community/bot-flood.md", SamplePlaybooks.Valid("bot-flood", "机器人小号批量进群刷屏"));
        _temp.Write("kb/community/missing-retro.md", SamplePlaybooks.WithoutRetrospective("missing-retro"));
        _temp.Write("kb/community/no-owner.md", SamplePlaybooks.WithoutOwner("no-owner"));
    }

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string[]> Commands() => new()
    {
        new[] { "lint" },
        new[] { "list" },
        new[] { "show", "bot-flood" },
        new[] { "show", "bot-flod" },
        new[] { "list", "--bogus" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Output_that_is_not_a_terminal_has_no_escape_codes(string[] args)
    {
        var cli = new CliRunner(_temp.Path) { OutputIsTerminal = false };

        var result = await cli.RunAsync([.. args, "--playbooks", _kb]);

        Assert.NotEqual("", result.Out + result.Error);
        Assert.DoesNotContain(Escape, result.Out);
        Assert.DoesNotContain(Escape, result.Error);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task NO_COLOR_turns_escape_codes_off_even_on_a_terminal(string[] args)
    {
        var cli = new CliRunner(_temp.Path) { OutputIsTerminal = true };
        cli.Variables["NO_COLOR"] = "1";

        var result = await cli.RunAsync([.. args, "--playbooks", _kb]);

        Assert.NotEqual("", result.Out + result.Error);
        Assert.DoesNotContain(Escape, result.Out);
        Assert.DoesNotContain(Escape, result.Error);
    }

    [Fact]
    public async Task Lint_colours_findings_by_level_on_a_terminal_without_NO_COLOR()
    {
        var cli = new CliRunner(_temp.Path) { OutputIsTerminal = true };

        var result = await cli.RunAsync("lint", _kb);

        Assert.StartsWith("\u001b[31m", result.OutLines[0]);
        Assert.Contains(": 错误: ", result.OutLines[0]);
        Assert.StartsWith("\u001b[33m", result.OutLines[1]);
        Assert.Contains(": 警告: ", result.OutLines[1]);
        Assert.Equal("检查了 3 个文件：1 个错误，1 个警告。", result.OutLines[^1]);
    }

    [Theory]
    [InlineData(false, null, false)]
    [InlineData(true, null, true)]
    [InlineData(true, "1", false)]
    [InlineData(true, "", true)]
    public void Colour_is_on_only_for_a_terminal_without_NO_COLOR(bool terminal, string? noColor, bool expected)
    {
        var env = new CliEnvironment
        {
            Out = TextWriter.Null,
            Error = TextWriter.Null,
            In = TextReader.Null,
            OutputIsTerminal = terminal,
            GetVariable = name => name == "NO_COLOR" ? noColor : null,
            CurrentDirectory = _temp.Path,
        };

        Assert.Equal(expected, env.ColorEnabled);
    }
}

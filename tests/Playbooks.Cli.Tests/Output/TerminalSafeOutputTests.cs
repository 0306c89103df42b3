using Playbooks.Cli.Tests.Support;
using Spectre.Console;

namespace Playbooks.Cli.Tests.Output;

/// <summary>
/// D7 of issue #14: text from files or arguments must not reach the terminal as escape sequences. Control characters
/// come out as visible escapes (<c>\u001b</c>) on every path to the terminal; our own colour codes still work.
/// </summary>
public sealed class TerminalSafeOutputTests
{
    private const string HostileText = "标题\u001b]0;PWN\u0007\u202E";
    private const string Shown = "标题\\u001b]0;PWN\\u0007\\u202e";

    [Fact]
    public void Plain_writes_show_control_characters_as_escapes()
    {
        var (env, output) = Environment(terminal: false);

        env.Out.WriteLine(HostileText);
        env.Error.Write(HostileText[2]);

        Assert.Equal(Shown + "\n" + "\\u001b", output.ToString());
    }

    [Fact]
    public void Rich_console_text_is_neutralised()
    {
        var (env, output) = Environment(terminal: true);

        env.Console.MarkupLine("[red]" + Markup.Escape(HostileText) + "[/]");

        var written = output.ToString();
        Assert.Contains(Shown, written);
        Assert.DoesNotContain("\u001b]0;", written, StringComparison.Ordinal); // culture-aware comparison ignores controls
        Assert.DoesNotContain('\u202E', written);
    }

    [Fact]
    public async Task Lint_keeps_its_colours_in_a_terminal()
    {
        using var kb = new Hostile.HostileKnowledgeBase();
        kb.AddPlaybookTitled("community/escape.md", HostileText);

        var result = await new CliRunner(kb.Root) { OutputIsTerminal = true }.RunAsync("lint", "--playbooks", "kb");

        Assert.Contains("\u001b[31mkb/community/escape.md:3:", result.Out, StringComparison.Ordinal); // red, ours
        Assert.DoesNotContain("\u001b]0;", result.Out, StringComparison.Ordinal);
    }

    private static (CliEnvironment Env, StringWriter Output) Environment(bool terminal)
    {
        var output = new StringWriter { NewLine = "\n" };
        var env = new CliEnvironment
        {
            Out = output,
            Error = output,
            In = TextReader.Null,
            OutputIsTerminal = terminal,
            GetVariable = name => name == "TERM" ? "xterm-256color" : null,
            CurrentDirectory = Path.GetTempPath(),
        };
        return (env, output);
    }
}

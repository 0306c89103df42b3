using Spectre.Console;
using Spectre.Console.Rendering;

namespace Playbooks.Cli.Tests.Output.Layout;

/// <summary>What a renderable looks like on a plain console of a given width, as lines without trailing spaces.</summary>
internal static class RenderedText
{
    public static IReadOnlyList<string> Lines(IRenderable renderable, int width)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;
        console.Write(renderable);
        return writer.ToString().Replace("\r\n", "\n").TrimEnd('\n').Split('\n').Select(line => line.TrimEnd()).ToList();
    }
}

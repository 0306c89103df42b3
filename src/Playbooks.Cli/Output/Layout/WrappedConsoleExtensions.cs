using Spectre.Console;

namespace Playbooks.Cli.Output.Layout;

/// <summary>Writing one <see cref="WrappedText"/> paragraph as a line of its own, the way MarkupLine writes markup.</summary>
internal static class WrappedConsoleExtensions
{
    /// <summary><paramref name="markup"/> wrapped to the console width, continuation lines <paramref name="hangingIndent"/> cells in.</summary>
    public static void WrappedLine(this IAnsiConsole console, string markup, int hangingIndent = 0)
    {
        console.Write(new WrappedText(markup, hangingIndent));
        console.WriteLine();
    }

    /// <summary>A label or number followed by text, continuation lines aligned under the text.</summary>
    public static void HangingLine(this IAnsiConsole console, string prefixMarkup, string bodyMarkup)
    {
        console.Write(WrappedText.Hanging(prefixMarkup, bodyMarkup));
        console.WriteLine();
    }
}

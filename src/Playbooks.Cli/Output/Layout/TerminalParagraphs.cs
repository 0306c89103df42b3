using System.Text.RegularExpressions;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Playbooks.Cli.Output.Layout;

/// <summary>
/// Markdown-ish text (a section body, a guide) for the terminal: each line wrapped by <see cref="WrappedText"/>, list
/// items (<c>- </c>, <c>1. </c>, <c>1、</c>) with a hanging indent so a step's continuation lines stay under its text.
/// </summary>
internal static partial class TerminalParagraphs
{
    public static IRenderable From(string text) =>
        new Rows(text.Split('\n').Select(line => WrappedText.Plain(line, ListMarker().Match(line).Value.GetCellWidth())));

    [GeneratedRegex(@"^\s*(?:[-*+]\s+|\d{1,3}[.、)）]\s*)")]
    private static partial Regex ListMarker();
}

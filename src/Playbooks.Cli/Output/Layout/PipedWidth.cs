using System.Globalization;

namespace Playbooks.Cli.Output.Layout;

/// <summary>
/// How many cells wide output is laid out when standard output is not a terminal (a pipe, a file, a test), where
/// there is no window to ask: the <c>COLUMNS</c> environment variable, as <c>ls</c> and <c>git</c> read it, else
/// <see cref="Default"/>. A value that is not a whole number from <see cref="Min"/> to <see cref="Max"/> is ignored
/// rather than refused: shells set COLUMNS on their own, and a stale or odd one must not stop a script.
/// </summary>
internal static class PipedWidth
{
    /// <summary>The classic terminal width, and what most logs and code-review tools show without scrolling.</summary>
    public const int Default = 80;

    /// <summary>Narrower than this, a Chinese line holds only a few characters and tables cannot be drawn.</summary>
    public const int Min = 20;

    /// <summary>Wider than any real screen; bigger values are typos.</summary>
    public const int Max = 1000;

    public static int From(string? columns) =>
        int.TryParse(columns, NumberStyles.None, CultureInfo.InvariantCulture, out var width) && width is >= Min and <= Max
            ? width
            : Default;
}

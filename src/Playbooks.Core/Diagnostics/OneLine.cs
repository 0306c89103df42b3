namespace Playbooks.Core.Diagnostics;

/// <summary>Keeps a message that quotes a file name on one line.</summary>
/// <remarks>
/// A newline is legal in a file name ("a\nb.md", seen by the third outside audit); printed as is it splits
/// <c>path:line:column: …</c> or <c>警告：已跳过 …</c> over two lines, which editors, CI problem matchers and grep read as
/// two messages. It is shown as the same visible escape the terminal writer uses for any other control character.
/// </remarks>
public static class OneLine
{
    public static string Of(string text) =>
        text.Replace("\r", "\\u000d", StringComparison.Ordinal).Replace("\n", "\\u000a", StringComparison.Ordinal);
}

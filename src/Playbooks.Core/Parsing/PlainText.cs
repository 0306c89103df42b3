using System.Text.RegularExpressions;

namespace Playbooks.Core.Parsing;

/// <summary>
/// Markdown → plain text, with no Markdown syntax left (<c>**</c>, backticks, link brackets): what the search index holds
/// and quotes in snippets, and every handling step in JSON output, for programs that show text as it is.
/// </summary>
public static partial class PlainText
{
    public static string FromMarkdown(string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
            return "";
        var text = MarkdownPipelines.ToPlainText(markdown);
        return Blank().Replace(text, "\n").Trim();
    }

    [GeneratedRegex(@"\n\s*\n+")]
    private static partial Regex Blank();
}

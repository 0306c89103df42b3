using System.Text.RegularExpressions;
using Playbooks.Core.Parsing;

namespace Playbooks.Search.Documents;

/// <summary>Markdown → the plain text that is indexed and quoted in snippets.</summary>
internal static partial class PlainText
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

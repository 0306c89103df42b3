using System.Text;
using System.Text.RegularExpressions;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;

namespace Playbooks.Site.Content;

/// <summary>
/// The short description shown in cards, search results and the page's meta description: the opening paragraph of
/// the 背景 section (or of a guide's body), as plain text, cut at a sentence end near <see cref="TargetLength"/>.
/// </summary>
public static partial class Summaries
{
    public const int TargetLength = 90;

    public static string Of(Playbook playbook)
    {
        var markdown = playbook.Kind == PlaybookKind.Guide
            ? playbook.Body
            : playbook.Section(SectionKind.Background)?.Markdown ?? "";
        var paragraph = Paragraphs().Split(markdown)
            .Select(p => p.Trim())
            .FirstOrDefault(p => p.Length > 0 && !p.StartsWith('#') && !p.StartsWith("<!--", StringComparison.Ordinal) && !Label().IsMatch(p));
        if (paragraph is null)
            return "";
        var text = Whitespace().Replace(MarkdownPipelines.ToPlainText(paragraph), " ").Trim();
        return Shorten(text);
    }

    private static string Shorten(string text)
    {
        if (text.Length <= TargetLength)
            return text;
        // Prefer ending on a full stop between half and 1.3× the target; else cut and add an ellipsis.
        for (var i = (int)(TargetLength * 1.3); i >= TargetLength / 2; i--)
            if (i < text.Length && text[i] is '。' or '！' or '？' or '；')
                return text[..(i + 1)];
        var builder = new StringBuilder(text[..TargetLength].TrimEnd('，', '、', ' ', '：'));
        return builder.Append('…').ToString();
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex Paragraphs();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // "**如何区分**：…" describes the neighbouring incidents, not this one.
    [GeneratedRegex(@"^\s*(?:\*\*|__|【)[^*_】\n]{0,12}(?:区分|区别)")]
    private static partial Regex Label();
}

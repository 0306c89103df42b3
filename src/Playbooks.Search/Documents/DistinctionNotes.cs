using System.Text.RegularExpressions;

namespace Playbooks.Search.Documents;

/// <summary>
/// Separates "how to tell this apart" paragraphs (<c>**如何区分**：…</c>) from a section.
/// </summary>
/// <remarks>
/// Those paragraphs also describe the <em>neighbouring</em> incidents' symptoms ("if they ask for a transfer in
/// private chat, see scam-impersonating-staff"). Indexed inside a symptom section they would pull this playbook
/// up for its neighbours' queries at that section's weight, so they go to the body field instead.
/// </remarks>
internal static partial class DistinctionNotes
{
    public static (string Section, string Notes) Split(string markdown)
    {
        if (!markdown.Contains("区分") && !markdown.Contains("区别"))
            return (markdown, "");
        var kept = new List<string>();
        var notes = new List<string>();
        foreach (var paragraph in Paragraphs().Split(markdown))
            (NoteLabel().IsMatch(paragraph) ? notes : kept).Add(paragraph);
        return (string.Join("\n\n", kept).Trim(), string.Join("\n\n", notes).Trim());
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex Paragraphs();

    // A paragraph opening with a bold or bracketed label that mentions 区分/区别: **如何区分**：, 【与相近情况的区别】 …
    [GeneratedRegex(@"^\s*(?:>\s*)?(?:\*\*|__|【)[^*_】\n]{0,12}(?:区分|区别)[^*_】\n]{0,12}(?:\*\*|__|】)")]
    private static partial Regex NoteLabel();
}

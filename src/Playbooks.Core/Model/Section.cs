namespace Playbooks.Core.Model;

/// <summary>One recognised H2 section of a playbook.</summary>
/// <param name="Kind">Which of the five parts this is.</param>
/// <param name="Heading">The heading as written in the file (for example "【社群背景】").</param>
/// <param name="Markdown">The section's Markdown source between its heading and the next H2, trimmed.</param>
/// <param name="Line">1-based line of the heading in the source file.</param>
public sealed partial record Section(SectionKind Kind, string Heading, string Markdown, int Line)
{
    /// <summary>True when the section has no text a reader would see (guidance comments do not count).</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(HtmlComment().Replace(Markdown, ""));

    [System.Text.RegularExpressions.GeneratedRegex("<!--.*?-->", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex HtmlComment();
}

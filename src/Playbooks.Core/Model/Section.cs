namespace Playbooks.Core.Model;

/// <summary>One recognised H2 section of a playbook.</summary>
/// <param name="Kind">Which of the five parts this is.</param>
/// <param name="Heading">The heading as written in the file (for example "【社群背景】").</param>
/// <param name="Markdown">
/// The section's Markdown source between its heading and the next H2, trimmed, followed by its sub-parts
/// (<see cref="WithSubPart"/>): what readers see and search reads as this part's text.
/// </param>
/// <param name="Line">1-based line of the heading in the source file.</param>
public sealed partial record Section(SectionKind Kind, string Heading, string Markdown, int Line)
{
    /// <summary>
    /// The part's own text, without its sub-parts: where the handling steps are, and what the empty-section check reads.
    /// <see cref="Markdown"/> starts with it.
    /// </summary>
    public string OwnMarkdown { get; init; } = Markdown;

    /// <summary>The sub-parts' Markdown (each a <c>###</c> heading and its text), "" when there are none.</summary>
    public string SubPartsMarkdown => Markdown.Length > OwnMarkdown.Length ? Markdown[OwnMarkdown.Length..].TrimStart() : "";

    /// <summary>True when the section has no text a reader would see (guidance comments do not count).</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(HtmlComment().Replace(Markdown, ""));

    /// <summary>
    /// This section with text a team wrote under a heading that is not one of the five parts (<c>## 时间线</c>) kept as
    /// its sub-part: appended under the same heading one level down, so it is shown in its place and searched as this
    /// part's text instead of being dropped.
    /// </summary>
    public Section WithSubPart(string heading, string markdown)
    {
        var block = markdown.Length == 0 ? $"### {heading}" : $"### {heading}\n\n{markdown}";
        return this with { Markdown = Markdown.Length == 0 ? block : $"{Markdown}\n\n{block}" };
    }

    [System.Text.RegularExpressions.GeneratedRegex("<!--.*?-->", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex HtmlComment();
}

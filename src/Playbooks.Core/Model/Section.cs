namespace Playbooks.Core.Model;

/// <summary>One recognised H2 section of a playbook.</summary>
/// <param name="Kind">Which of the five parts this is.</param>
/// <param name="Heading">The heading as written in the file (for example "【社群背景】").</param>
/// <param name="Markdown">
/// The section's Markdown source between its heading and the next H2, trimmed, followed by its sub-parts
/// (<see cref="WithSubParts"/>): what readers see and search reads as this part's text.
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
    /// This section with text a team wrote under headings that are not one of the five parts (<c>## 时间线</c>) kept as
    /// its sub-parts, in order: each appended under its heading one level down, so it is shown in its place and searched
    /// as this part's text instead of being dropped. All at once: a file of tens of thousands of repeated headings
    /// appended one by one copied the growing text each time (minutes for a 1 MB file).
    /// </summary>
    public Section WithSubParts(IReadOnlyList<(string Heading, string Markdown)> subParts)
    {
        if (subParts.Count == 0)
            return this;
        var text = new System.Text.StringBuilder(Markdown);
        foreach (var (heading, markdown) in subParts)
        {
            if (text.Length > 0)
                text.Append("\n\n");
            text.Append("### ").Append(heading);
            if (markdown.Length > 0)
                text.Append("\n\n").Append(markdown);
        }
        return this with { Markdown = text.ToString() };
    }

    [System.Text.RegularExpressions.GeneratedRegex("<!--.*?-->", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex HtmlComment();
}

using Playbooks.Core.Diagnostics;
using Playbooks.Core.Model;

namespace Playbooks.Core.Parsing;

/// <summary>
/// What parsing one file produced. <see cref="Playbook"/> is a best-effort reading even when there are
/// errors (null only when the file could not be read as text at all); consumers that must not trust a
/// file with lint errors check <see cref="HasErrors"/>; search, the site and the server show every
/// <see cref="IsUsable"/> file, whatever its metadata.
/// </summary>
public sealed record ParsedFile(string Path, Playbook? Playbook, IReadOnlyList<Finding> Findings)
{
    public bool HasErrors => Findings.Any(f => f.IsError);

    /// <summary>
    /// The file could be read: it is text, and an incident playbook has at least one section. Only files that are not
    /// usable are left out of search and the site (a half-saved file keeps its last good version there).
    /// </summary>
    public bool IsUsable => Playbook is { } p && (p.Kind == PlaybookKind.Guide || p.Sections.Count > 0);

    /// <summary>
    /// A README that documents its folder rather than being a playbook (read as one only when its front matter gives an
    /// id or its headings name at least two parts):
    /// no playbook and no finding, and every command leaves it out without a word, as a file that is not Markdown.
    /// </summary>
    public bool IsDocumentation { get; init; }
}

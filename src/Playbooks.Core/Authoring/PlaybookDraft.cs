using Playbooks.Core.Model;

namespace Playbooks.Core.Authoring;

/// <summary>
/// What a new playbook file starts with: its front matter and whatever section text is already known
/// (nothing for <c>playbooks new</c>, the case's parts for <c>playbooks import</c>). Always written as a draft.
/// </summary>
public sealed record PlaybookDraft
{
    /// <summary>Lower-case kebab-case id; the file is named <c>&lt;id&gt;.md</c>.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>Empty when not known yet: written as an empty field with a hint listing the categories.</summary>
    public string Category { get; init; } = "";
    /// <summary>Null when not known yet: written as an empty field with a hint listing the accepted values.</summary>
    public Severity? Severity { get; init; }
    /// <summary>
    /// The team's own word for <see cref="Severity"/> (a label its <c>playbooks.yml</c> declares, such as 红灯), written
    /// instead of the canonical name so the file reads in the team's house style; null writes the canonical name.
    /// </summary>
    public string? SeverityLabel { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string Owner { get; init; } = "";
    /// <summary>The <c>updated</c> date: today, in the caller's clock.</summary>
    public required DateOnly Updated { get; init; }
    /// <summary>Where the text came from (an imported article and case); omitted when null.</summary>
    public string? Source { get; init; }
    /// <summary>Markdown of the sections known so far; missing or blank sections get only their guidance comment.</summary>
    public IReadOnlyDictionary<SectionKind, string> Sections { get; init; } = new Dictionary<SectionKind, string>();
}

namespace Playbooks.Core.Model;

/// <summary>
/// A parsed playbook or guide. Immutable; produced by <see cref="Parsing.PlaybookParser"/>.
/// Fields missing from the front matter are empty strings / empty lists / null, never invented.
/// </summary>
public sealed record Playbook
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string Category { get; init; } = "";
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>Canonical severity for sorting and filtering; null when none is written or the label is on no known scale.</summary>
    public Severity? Severity { get; init; }
    /// <summary>The severity as the team wrote it (<c>P0</c>, <c>紧急</c>, <c>橙红</c>), trimmed; null when absent.</summary>
    public string? SeverityLabel { get; init; }
    public string Owner { get; init; } = "";
    public DateOnly? Updated { get; init; }
    public DateOnly? Reviewed { get; init; }
    public string? Source { get; init; }
    public bool Draft { get; init; }
    public PlaybookKind Kind { get; init; } = PlaybookKind.Playbook;
    /// <summary>Reading order of a guide (1 first); null for playbooks and unordered guides.</summary>
    public int? Order { get; init; }

    /// <summary>Recognised sections in file order (incident playbooks only; guides have none).</summary>
    public IReadOnlyList<Section> Sections { get; init; } = [];

    /// <summary>Numbered (or bulleted) steps of the 处理方法 section, as Markdown, in order.</summary>
    public IReadOnlyList<string> HandlingSteps { get; init; } = [];

    /// <summary>The Markdown body after the front matter (whole text for guides).</summary>
    public string Body { get; init; } = "";

    /// <summary>Path of the source file as given to the parser.</summary>
    public string Path { get; init; } = "";

    /// <summary>Raw file text (BOM removed), kept so the server can return it verbatim.</summary>
    public string RawText { get; init; } = "";

    public Section? Section(SectionKind kind) => Sections.FirstOrDefault(s => s.Kind == kind);

    /// <summary>What readers see as the severity (<see cref="Severities.DisplayName"/>); null when none is written.</summary>
    public string? SeverityText => Severities.DisplayName(Severity, SeverityLabel);

    /// <summary>
    /// False for a draft and for a playbook whose sections are all empty (a fresh <c>playbooks new</c> file holds only
    /// guidance comments): such playbooks rank after every written one that matches a query.
    /// </summary>
    public bool IsWritten => !Draft && Sections.Any(s => !s.IsEmpty);

    /// <summary>The date a reader should trust: the last review, or else the last update.</summary>
    public DateOnly? LastReviewed => Reviewed ?? Updated;
}

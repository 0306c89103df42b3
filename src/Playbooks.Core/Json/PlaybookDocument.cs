using System.Text.Json.Serialization;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Json;

/// <summary>
/// The stable JSON shape of one playbook, shared by <c>show --json</c> and the server's
/// <c>/api/playbooks/{id}</c> (docs/schemas/show.schema.json). Field names are part of the public contract: add, never
/// rename. <see cref="HandlingSteps"/> are plain text; <see cref="Sections"/> and <see cref="Markdown"/> keep the source.
/// </summary>
public sealed record PlaybookDocument(
    string Id,
    string Title,
    string Kind,
    string Category,
    IReadOnlyList<string> Tags,
    string? Severity,
    string Owner,
    string? Updated,
    string? Reviewed,
    string? Source,
    bool Draft,
    int? Order,
    string Path,
    IReadOnlyList<SectionDocument> Sections,
    IReadOnlyList<string> HandlingSteps,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Markdown)
{
    /// <summary>The severity as the team wrote it (<c>P0</c>, <c>紧急</c>, <c>橙红</c>); <c>severity</c> is its canonical level, null when unknown.</summary>
    public string? SeverityLabel { get; init; }

    public static PlaybookDocument From(Playbook p, bool includeMarkdown = false) => new(
        p.Id,
        p.Title,
        p.Kind == PlaybookKind.Guide ? "guide" : "playbook",
        p.Category,
        p.Tags,
        p.Severity?.ChineseName(),
        p.Owner,
        p.Updated?.ToString("yyyy-MM-dd"),
        p.Reviewed?.ToString("yyyy-MM-dd"),
        p.Source,
        p.Draft,
        p.Order,
        p.Path,
        p.Sections.Select(s => new SectionDocument(s.Kind.Key(), s.Kind.ChineseName(), s.Heading, s.Line, s.Markdown)).ToList(),
        p.HandlingSteps.Select(PlainText.FromMarkdown).ToList(),
        includeMarkdown ? p.RawText : null)
    {
        SeverityLabel = p.SeverityLabel,
    };
}

public sealed record SectionDocument(string Key, string Name, string Heading, int Line, string Markdown);

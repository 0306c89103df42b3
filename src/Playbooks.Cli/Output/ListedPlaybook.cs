using Playbooks.Core.Json;

namespace Playbooks.Cli.Output;

/// <summary>One entry of <c>playbooks list --json</c>: a <see cref="PlaybookDocument"/> without its sections and steps.</summary>
internal sealed record ListedPlaybook(
    string Id, string Title, string Kind, string Category, IReadOnlyList<string> Tags, string? Severity, string Owner,
    string? Updated, string? Reviewed, bool Draft, string Path, string? SeverityLabel)
{
    public static ListedPlaybook From(PlaybookDocument d) =>
        new(d.Id, d.Title, d.Kind, d.Category, d.Tags, d.Severity, d.Owner, d.Updated, d.Reviewed, d.Draft, d.Path, d.SeverityLabel);
}

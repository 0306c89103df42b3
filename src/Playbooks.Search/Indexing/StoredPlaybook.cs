namespace Playbooks.Search.Indexing;

/// <summary>
/// What the index keeps of a playbook besides its terms: enough to show a result (facts, section text for
/// snippets, handling steps) without re-reading the file.
/// </summary>
public sealed record StoredPlaybook(
    string Id,
    string Title,
    string Category,
    string? Severity,
    IReadOnlyList<string> Tags,
    string Path,
    bool Draft,
    IReadOnlyDictionary<string, string> Fields,
    IReadOnlyList<string> HandlingSteps);

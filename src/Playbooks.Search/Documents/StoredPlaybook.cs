namespace Playbooks.Search.Documents;

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
    IReadOnlyList<string> HandlingSteps)
{
    /// <summary>The severity as the team wrote it (<c>P0</c>); <see cref="Severity"/> is its canonical level.</summary>
    public string? SeverityLabel { get; init; }

    /// <summary>A draft, or only empty sections: ranked after every written playbook that matches.</summary>
    public bool Unwritten { get; init; }

    /// <summary>The bold text of its handling steps, as written (<see cref="BoldTerms"/>): the steps themselves are plain text.</summary>
    public IReadOnlyList<string> BoldTerms { get; init; } = [];

    /// <summary>Its file has metadata problems (counted for the "run lint" note).</summary>
    public bool MetadataProblems { get; init; }
}

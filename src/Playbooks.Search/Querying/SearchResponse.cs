using System.Text.Json.Serialization;

namespace Playbooks.Search.Querying;

/// <summary>
/// The JSON contract of <c>playbooks search --json</c>, <c>playbooks similar --json</c> and <c>GET /api/search</c>, in
/// the shared camelCase style (<see cref="Core.Json.JsonDefaults"/>; docs/json.md, docs/schemas/search.schema.json).
/// Fields are only ever added, never renamed or removed.
/// </summary>
public sealed record SearchResponse(
    string Query,
    double TookMs,
    IReadOnlyList<SearchHit> Results)
{
    /// <summary>True when even the best result shares little with the query: the UI should say so.</summary>
    public bool Weak { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<HitExplanation>? Explain { get; init; }

    /// <summary>
    /// The result whose handling a front end shows: the top one when it has handling (steps, or paragraphs shown as
    /// <see cref="SearchHit.HandlingText"/>), so the operator reads the right SOP's handling; otherwise the first one
    /// that has steps, so a top hit without any (a draft that is the only match, an SOP still missing its 处理方法)
    /// does not leave the operator with none. Null when no result has either.
    /// </summary>
    [JsonIgnore]
    public SearchHit? HandlingSource =>
        Results is [{ HasHandling: true } top, ..] ? top : Results.FirstOrDefault(r => r.HandlingSteps.Count > 0);
}

public sealed record SearchHit(
    string Id,
    string Title,
    double Score,
    string Category,
    string? Severity,
    string Path,
    IReadOnlyList<Snippet> Snippets)
{
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>The severity as the team wrote it (<c>P0</c>, <c>紧急</c>); <see cref="Severity"/> is its canonical level, null when unknown.</summary>
    public string? SeverityLabel { get; init; }
    public bool Draft { get; init; }
    /// <summary>Share of the query's words found in this playbook (0–1).</summary>
    public double Coverage { get; init; }
    public IReadOnlyList<string> HandlingSteps { get; init; } = [];

    /// <summary>
    /// The start of its 处理方法 when that is written as paragraphs, not steps (<see cref="Documents.HandlingExcerpt"/>):
    /// plain text, lines separated by \n, ending in …… when cut. Null when it has steps, is a draft, or has no handling.
    /// </summary>
    public string? HandlingText { get; init; }

    /// <summary>Something to show under 处理方法: steps, or the start of its paragraphs.</summary>
    [JsonIgnore]
    public bool HasHandling => HandlingSteps.Count > 0 || HandlingText is not null;

    /// <summary>What readers see as the severity: the team's label, the canonical name, or 未定级 (<see cref="Core.Model.Severities.DisplayName"/>).</summary>
    [JsonIgnore]
    public string? SeverityText =>
        Core.Model.Severities.DisplayName(Core.Model.Severities.TryParse(Severity, out var level) ? level : null, SeverityLabel);
}

/// <summary>A sentence from one section; <see cref="Highlights"/> are [start, length] pairs in UTF-16 units of <see cref="Text"/>.</summary>
public sealed record Snippet(string Section, string Text, IReadOnlyList<int[]> Highlights);

public sealed record HitExplanation(string Id, IReadOnlyList<TermContribution> Terms)
{
    /// <summary>How much the playbook's folder added to its final score; null when the knowledge base has no folders to smooth over.</summary>
    public FolderContribution? Folder { get; init; }
}

/// <summary>How much one query term contributed to one result, and in which fields it occurs.</summary>
public sealed record TermContribution(string Term, string Representation, IReadOnlyList<string> Fields, double Score);

/// <summary>
/// The folder's part of one result's score (Ranking/FolderSmoothing): the final score is
/// (1 − <see cref="Share"/>) × <see cref="Fused"/> + <see cref="Score"/>, where <see cref="Score"/> is <see cref="Share"/> times
/// <see cref="FolderMean"/>, the mean of the best <see cref="Members"/> fused scores in the playbook's folder.
/// </summary>
/// <param name="Fused">The playbook's own score after fusion, before smoothing.</param>
/// <param name="FolderMean">The mean of its folder's best <paramref name="Members"/> fused scores (its own among them; missing ones count 0).</param>
/// <param name="Share">How much the folder counts (α, 0–1).</param>
/// <param name="Members">How many of the folder's best scores are averaged.</param>
/// <param name="Score">What the folder added to the final score: <paramref name="Share"/> × <paramref name="FolderMean"/>.</param>
public sealed record FolderContribution(double Fused, double FolderMean, double Share, int Members, double Score);

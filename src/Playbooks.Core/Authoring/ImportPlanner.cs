using Playbooks.Core.Authoring.Import;
using Playbooks.Core.Model;

namespace Playbooks.Core.Authoring;

/// <summary>Front-matter values given on the command line for every imported draft; empty ones are left for the lead to fill in.</summary>
/// <param name="SourceName">The article as the user named it (a file path, or 标准输入), written into <c>source</c>.</param>
/// <param name="Today">The drafts' <c>updated</c> date.</param>
/// <param name="Folder">Sub-folder of the knowledge base to write into ("" for the knowledge base itself).</param>
public sealed record ImportOptions(string SourceName, DateOnly Today, string Folder = "")
{
    public string Category { get; init; } = "";
    public Severity? Severity { get; init; }
    /// <summary>The team's own word for <see cref="Severity"/>, as <see cref="PlaybookDraft.SeverityLabel"/>.</summary>
    public string? SeverityLabel { get; init; }
    public string Owner { get; init; } = "";
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>
    /// Also write a case whose title an existing playbook already has, as a second file (<c>id-2</c>). Off by default:
    /// importing an article twice would otherwise leave a suffixed copy of every case beside the one being edited.
    /// </summary>
    public bool KeepDuplicates { get; init; }
}

/// <summary>One draft an import would write.</summary>
/// <param name="Case">The case it comes from.</param>
/// <param name="Draft">Its content.</param>
/// <param name="RelativePath">Where it goes, relative to the knowledge base ('/'-separated).</param>
/// <param name="SuggestedId">The id the title suggested; differs from <c>Draft.Id</c> when that was taken.</param>
/// <param name="TakenBy">The file that already uses <paramref name="SuggestedId"/>, when it was taken.</param>
public sealed record PlannedDraft(ImportedCase Case, PlaybookDraft Draft, string RelativePath, string SuggestedId, string? TakenBy)
{
    public string Text => PlaybookTemplate.Render(Draft);

    /// <summary>The existing file with the same title, when there is one.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>True when the case is a duplicate and <see cref="ImportOptions.KeepDuplicates"/> is off: nothing is written for it.</summary>
    public bool Skipped { get; init; }
}

/// <summary>Turns imported cases into drafts with unique ids and paths; writing them is the caller's choice (dry runs do not).</summary>
public static class ImportPlanner
{
    /// <param name="ids">Ids in use; the planned ids are reserved in it, so two cases with the same title get id and id-2.</param>
    /// <param name="titles">Titles the knowledge base already has: a case with one of them is skipped unless
    /// <see cref="ImportOptions.KeepDuplicates"/>. Cases of one article are not compared with each other.</param>
    public static IReadOnlyList<PlannedDraft> Plan(ImportResult result, ImportOptions options, IdRegistry ids, IIdSuggester suggester,
        TitleRegistry? titles = null)
    {
        var drafts = new List<PlannedDraft>();
        foreach (var @case in result.Cases)
        {
            var suggested = suggester.Suggest(@case.Title);
            var duplicateOf = titles?.PathOf(@case.Title);
            var skipped = duplicateOf is not null && !options.KeepDuplicates;
            // A skipped case reserves nothing, so the cases after it get the ids they would get on their own.
            var id = skipped ? suggested : ids.Unique(suggested);
            var relative = options.Folder.Length > 0 ? $"{options.Folder}/{id}.md" : $"{id}.md";
            var takenBy = id == suggested ? null : ids.PathOf(suggested);
            if (!skipped)
                ids.Reserve(id, relative);
            var draft = new PlaybookDraft
            {
                Id = id,
                Title = @case.Title,
                Category = options.Category,
                Severity = options.Severity,
                SeverityLabel = options.SeverityLabel,
                Owner = options.Owner,
                Tags = options.Tags,
                Updated = options.Today,
                Source = $"{options.SourceName} 第 {@case.Line} 行（案例 {@case.Number}）",
                Sections = @case.Parts.Where(p => !p.IsEmpty).ToDictionary(p => p.Kind, p => p.Markdown),
            };
            drafts.Add(new PlannedDraft(@case, draft, relative, suggested, takenBy) { DuplicateOf = duplicateOf, Skipped = skipped });
        }
        return drafts;
    }
}

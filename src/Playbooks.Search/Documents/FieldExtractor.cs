using Playbooks.Core.Model;
using Playbooks.Core.Parsing;

namespace Playbooks.Search.Documents;

/// <summary>Turns a parsed playbook into the plain text of each indexed field.</summary>
public static class FieldExtractor
{
    public static StoredPlaybook Extract(Playbook playbook, string relativePath)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var body = new List<string>();
        if (playbook.Category.Length > 0)
            body.Add(playbook.Category);

        fields[IndexedFields.Title] = playbook.Title;
        fields[IndexedFields.Tags] = string.Join(" ", playbook.Tags);
        // As SectionText, with the notes kept for the body field. Plain text, as search results hand them to JSON readers
        // and the terminal alike: the steps are read from the handling section's parse where that gives the same text.
        List<string>? steps = null;
        foreach (var section in playbook.Sections)
        {
            var (kept, notes) = DistinctionNotes.Split(section.Markdown);
            if (section.Kind == SectionKind.Handling && steps is null)
                (fields[FieldOf(section.Kind)], steps) = PlainText.FromMarkdown(kept, playbook.HandlingSteps);
            else
                fields[FieldOf(section.Kind)] = PlainText.FromMarkdown(kept);
            if (notes.Length > 0)
                body.Add(PlainText.FromMarkdown(notes));
        }
        foreach (var field in IndexedFields.All)
            fields.TryAdd(field, "");
        fields[IndexedFields.Body] = string.Join("\n", body);

        return new StoredPlaybook(
            playbook.Id,
            playbook.Title,
            playbook.Category,
            playbook.Severity?.ChineseName(),
            playbook.Tags,
            relativePath,
            playbook.Draft,
            fields,
            steps ?? playbook.HandlingSteps.Select(PlainText.FromMarkdown).ToList())
        {
            SeverityLabel = playbook.SeverityLabel,
            BoldTerms = Documents.BoldTerms.In(playbook.HandlingSteps),
            Unwritten = !playbook.IsWritten,
        };
    }

    /// <summary>A section's indexed text: plain text, without its distinction notes (they go to the body field).</summary>
    public static string SectionText(Section section) => PlainText.FromMarkdown(DistinctionNotes.Split(section.Markdown).Section);

    public static string FieldOf(SectionKind kind) => kind switch
    {
        SectionKind.Background => IndexedFields.Background,
        SectionKind.Risk => IndexedFields.Risk,
        SectionKind.Escalation => IndexedFields.Escalation,
        SectionKind.Handling => IndexedFields.Handling,
        _ => IndexedFields.Retrospective,
    };
}

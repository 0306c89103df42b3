using Playbooks.Core.KnowledgeBase;

namespace Playbooks.Search.Evaluation;

/// <summary>A relevant id in a query set that no playbook has, on the line that names it, with the closest ids that exist.</summary>
public sealed record UnknownLabel(int Line, string QueryId, string Id, IReadOnlyList<string> Closest);

/// <summary>
/// Finds labels that can never be retrieved: a typo, or a playbook renamed or deleted since the set was written. Such a
/// query still counts (its relevant id simply never ranks), so the scores drop without saying why unless this is shown.
/// </summary>
public static class UnknownLabels
{
    /// <summary>Every unknown relevant id, in file order.</summary>
    public static IReadOnlyList<UnknownLabel> Find(IEnumerable<LabelledQuery> queries, IReadOnlyCollection<string> knownIds)
    {
        var known = knownIds as IReadOnlySet<string> ?? knownIds.ToHashSet(StringComparer.Ordinal);
        return queries
            .SelectMany(q => q.Relevant.Keys.Where(id => !known.Contains(id))
                .Select(id => new UnknownLabel(q.Line, q.Id, id, UnknownPlaybookId.Closest(id, knownIds))))
            .ToList();
    }
}

using Playbooks.Core.Model;

namespace Playbooks.Core.Authoring;

/// <summary>A playbook due for review.</summary>
/// <param name="Playbook">The playbook.</param>
/// <param name="LastReviewed">Its <c>reviewed</c> date, else its <c>updated</c> date; null when it has neither.</param>
/// <param name="AgeDays">Days from <paramref name="LastReviewed"/> to today; null when there is no date.</param>
public sealed record StaleEntry(Playbook Playbook, DateOnly? LastReviewed, int? AgeDays);

/// <summary>Which playbooks nobody has looked at for too long.</summary>
public static class StaleReport
{
    /// <summary>Half a year: operations tooling and platform rules change about that often.</summary>
    public const int DefaultDays = 180;

    /// <summary>
    /// Playbooks (not guides) last reviewed — or else last updated — more than <paramref name="days"/> days before
    /// <paramref name="today"/>, oldest first; ones with no date at all come first, as the least known.
    /// Ties are ordered by id.
    /// </summary>
    public static IReadOnlyList<StaleEntry> Find(IEnumerable<Playbook> playbooks, DateOnly today, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return playbooks
            .Where(p => p.Kind == PlaybookKind.Playbook)
            .Select(p => new StaleEntry(p, p.LastReviewed, p.LastReviewed is { } last ? today.DayNumber - last.DayNumber : null))
            .Where(e => e.AgeDays is null || e.AgeDays > days)
            .OrderBy(e => e.LastReviewed.HasValue)
            .ThenBy(e => e.LastReviewed)
            .ThenBy(e => e.Playbook.Id, StringComparer.Ordinal)
            .ToList();
    }
}

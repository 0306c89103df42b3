using Playbooks.Core.Authoring;
using Playbooks.Core.Model;

namespace Playbooks.Core.Tests.Authoring;

public sealed class StaleReportTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    private static Playbook P(string id, string? updated, string? reviewed = null, PlaybookKind kind = PlaybookKind.Playbook) => new()
    {
        Id = id,
        Title = id,
        Updated = updated is null ? null : DateOnly.Parse(updated),
        Reviewed = reviewed is null ? null : DateOnly.Parse(reviewed),
        Kind = kind,
    };

    [Fact]
    public void Lists_playbooks_older_than_the_limit_oldest_first()
    {
        var stale = StaleReport.Find([P("fresh", "2026-11-01"), P("old", "2025-01-10"), P("older", "2024-06-01"), P("halfyear", "2026-04-01")], Today, 180);

        Assert.Equal(["older", "old", "halfyear"], stale.Select(e => e.Playbook.Id));
        Assert.Equal([903, 680, 234], stale.Select(e => e.AgeDays!.Value));
    }

    [Fact]
    public void Uses_the_review_date_when_there_is_one()
    {
        var stale = StaleReport.Find([P("reviewed-recently", "2024-01-01", reviewed: "2026-10-01"), P("reviewed-long-ago", "2026-01-01", reviewed: "2025-01-01")], Today, 180);

        var entry = Assert.Single(stale);
        Assert.Equal(("reviewed-long-ago", new DateOnly(2025, 1, 1)), (entry.Playbook.Id, entry.LastReviewed!.Value));
    }

    [Fact]
    public void Counts_exactly_the_limit_as_not_yet_stale()
    {
        var stale = StaleReport.Find([P("exactly", Today.AddDays(-180).ToString("yyyy-MM-dd")), P("one-more", Today.AddDays(-181).ToString("yyyy-MM-dd"))], Today, 180);

        Assert.Equal(["one-more"], stale.Select(e => e.Playbook.Id));
    }

    [Fact]
    public void Puts_playbooks_without_any_date_first()
    {
        var stale = StaleReport.Find([P("old", "2024-01-01"), P("undated", null)], Today, 180);

        Assert.Equal(["undated", "old"], stale.Select(e => e.Playbook.Id));
        Assert.Null(stale[0].AgeDays);
    }

    [Fact]
    public void Orders_equal_dates_by_id_and_leaves_guides_out()
    {
        var stale = StaleReport.Find([P("b", "2024-01-01"), P("a", "2024-01-01"), P("guide", "2020-01-01", kind: PlaybookKind.Guide)], Today, 30);

        Assert.Equal(["a", "b"], stale.Select(e => e.Playbook.Id));
    }
}

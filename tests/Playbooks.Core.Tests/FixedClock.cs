namespace Playbooks.Core.Tests;

/// <summary>
/// A clock stopped at one instant, in UTC, so that "older than 365 days" and "date in the future" give the
/// same answer on every machine and every day the tests run.
/// </summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>2026-11-21 09:00 UTC: the "today" every test and spec file assumes.</summary>
    public static FixedClock Today { get; } = new(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}

namespace Playbooks.Search.Tests.Support;

/// <summary>A clock stopped at one instant (UTC), so "outdated" warnings never depend on the day the tests run.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>2026-11-21 09:00 UTC: after every fixture's updated date.</summary>
    public static FixedClock Today { get; } = new(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}

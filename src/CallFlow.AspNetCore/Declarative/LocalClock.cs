namespace CallFlow.AspNetCore.Declarative;

/// <summary>
/// The wall-clock time of one request in the app's time zone, read from the <see cref="TimeProvider"/> only when a
/// condition needs it and then once, so every condition of the request sees the same instant.
/// </summary>
internal struct LocalClock(TimeProvider time, TimeZoneInfo? zone)
{
    private DateTime? _now;

    /// <summary>Now, as the app's clocks show it (daylight saving applied).</summary>
    internal DateTime Now => _now ??= TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone ?? TimeZoneInfo.Utc).DateTime;
}

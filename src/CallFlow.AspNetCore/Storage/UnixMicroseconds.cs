namespace CallFlow.AspNetCore.Storage;

/// <summary>
/// Instants as stored: microseconds since the Unix epoch in a 64-bit integer column, the same on SQLite and
/// PostgreSQL, ordered and compared as plain numbers.
/// </summary>
public static class UnixMicroseconds
{
    /// <summary>The stored form of <paramref name="instant"/> (sub-microsecond ticks are dropped).</summary>
    public static long From(DateTimeOffset instant) => (instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;

    /// <summary>The instant a stored value means, in UTC.</summary>
    public static DateTimeOffset ToInstant(long microseconds) => DateTimeOffset.UnixEpoch.AddTicks(microseconds * TimeSpan.TicksPerMicrosecond);
}

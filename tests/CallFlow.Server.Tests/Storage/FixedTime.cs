namespace CallFlow.Server.Tests.Storage;

/// <summary>A clock stopped at <paramref name="now"/>.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

namespace CallFlow.Server.Tests.Declarative;

/// <summary>A clock that shows the instant a test sets, so time-of-day rules can be tested at any moment.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}

namespace CallFlow.Server.Tests.DialConnect;

/// <summary>A clock the test sets and moves by hand; timers still run in real time, so polling loops keep polling.</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

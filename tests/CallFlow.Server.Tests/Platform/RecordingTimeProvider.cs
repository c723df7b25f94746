using System.Collections.Concurrent;

namespace CallFlow.Server.Tests.Platform;

/// <summary>The system clock, remembering every timer asked of it (Polly's retry delays and attempt timeouts).</summary>
public sealed class RecordingTimeProvider : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _timers = new();

    public IReadOnlyCollection<TimeSpan> TimerDelays => _timers.ToList();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _timers.Enqueue(dueTime);
        return System.CreateTimer(callback, state, dueTime, period);
    }
}

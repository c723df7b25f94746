using System.Collections.Concurrent;
using CallFlow.Server.Storage;

namespace CallFlow.Server.Tests.Infrastructure;

/// <summary>A call store that keeps exchanges in memory, so tests can see exactly what the page pipeline records.</summary>
public sealed class CapturingCallStore : ICallStore
{
    private readonly ConcurrentQueue<PageExchange> _exchanges = new();

    public IReadOnlyList<PageExchange> Exchanges => _exchanges.ToArray();

    public Task AppendAsync(PageExchange exchange, CancellationToken cancellationToken)
    {
        _exchanges.Enqueue(exchange);
        return Task.CompletedTask;
    }

    public IReadOnlyList<PageExchange> ForCall(string callId) => Exchanges.Where(e => e.CallId == callId).ToList();
}

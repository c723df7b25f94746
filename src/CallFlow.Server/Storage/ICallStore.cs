namespace CallFlow.Server.Storage;

/// <summary>The call history: every page exchange, kept across restarts.</summary>
public interface ICallStore
{
    /// <summary>Stores an exchange; completes once it is durably committed (commits are shared between concurrent callers).</summary>
    Task AppendAsync(PageExchange exchange, CancellationToken cancellationToken);

    /// <summary>Lists calls newest first (by their latest exchange), one page at a time.</summary>
    Task<CallPage> ListCallsAsync(CallQuery query, CancellationToken cancellationToken);

    /// <summary>A call with its exchanges in order, or null when the history has no such call.</summary>
    Task<CallHistory?> FindCallAsync(string callId, CancellationToken cancellationToken);

    /// <summary>Deletes the calls last seen before <paramref name="cutoff"/> with their exchanges; returns how many calls went.</summary>
    Task<int> PruneAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>Whether the database answers (for <c>/health</c>).</summary>
    Task<StorageHealth> CheckHealthAsync(CancellationToken cancellationToken);
}

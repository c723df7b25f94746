namespace CallFlow.AspNetCore.Calls;

/// <summary>
/// Reading and pruning the call history that <see cref="ICallStore"/> writes. Separate from it so that the page
/// pipeline (and its test doubles) depend only on appending.
/// </summary>
public interface ICallHistory
{
    /// <summary>Lists calls newest first (by their latest exchange), one page at a time.</summary>
    Task<CallPage> ListCallsAsync(CallQuery query, CancellationToken cancellationToken);

    /// <summary>A call with its exchanges in order, or null when the history has no such call.</summary>
    Task<CallHistory?> FindCallAsync(string callId, CancellationToken cancellationToken);

    /// <summary>
    /// The call the latest exchange of application instance <paramref name="applicationInstanceId"/> belongs to, with the
    /// app that page was of (where the call is now), or null when the history has no such instance.
    /// </summary>
    Task<InstanceCall?> FindInstanceAsync(string applicationInstanceId, CancellationToken cancellationToken);

    /// <summary>Deletes the calls last seen before <paramref name="cutoff"/> with their exchanges; returns how many calls went.</summary>
    Task<int> PruneAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}

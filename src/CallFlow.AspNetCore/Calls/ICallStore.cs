namespace CallFlow.AspNetCore.Calls;

/// <summary>The call history: every page exchange, kept across restarts.</summary>
public interface ICallStore
{
    /// <summary>Stores an exchange; completes once it is durably committed (commits are shared between concurrent callers).</summary>
    Task AppendAsync(PageExchange exchange, CancellationToken cancellationToken);
}

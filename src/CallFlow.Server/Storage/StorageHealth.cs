namespace CallFlow.Server.Storage;

/// <summary>Whether the database answers: what <c>/health</c> reports for storage.</summary>
/// <param name="IsHealthy">True when a query round trip succeeded.</param>
/// <param name="Provider">The engine asked (<c>sqlite</c> or <c>postgres</c>).</param>
/// <param name="Error">Why the database did not answer, or null when it did.</param>
public sealed record StorageHealth(bool IsHealthy, string Provider, string? Error);

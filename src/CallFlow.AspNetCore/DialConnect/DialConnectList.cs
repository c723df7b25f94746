namespace CallFlow.AspNetCore.DialConnect;

/// <summary>The answer of <c>GET /api/dial-connect</c>: the matching requests, most recently changed first.</summary>
/// <param name="Requests">The requests.</param>
public sealed record DialConnectList(IReadOnlyList<DialConnectRequest> Requests);

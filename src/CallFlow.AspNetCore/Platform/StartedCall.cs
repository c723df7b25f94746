namespace CallFlow.AspNetCore.Platform;

/// <summary>A call <c>service_start</c> accepted, with the application instance the platform started for it.</summary>
/// <param name="Call">The call as it was sent.</param>
/// <param name="ApplicationInstanceId">
/// The instance id answered for this call, or null when the answer could not be matched to the calls
/// (a different number of ids than calls); the call was started all the same.
/// </param>
public sealed record StartedCall(OutboundCall Call, string? ApplicationInstanceId);

using System.Text.Json;

namespace CallFlow.AspNetCore.Platform;

/// <summary>What <c>application_status</c> tells about one application instance.</summary>
public sealed class ApplicationStatus
{
    /// <summary>The instance asked about.</summary>
    public required string ApplicationInstanceId { get; init; }

    /// <summary>Whether the instance has stopped (it will request no more pages).</summary>
    public required bool Finished { get; init; }

    /// <summary>The platform's word for the instance's state, when it gave one.</summary>
    public string? Status { get; init; }

    /// <summary>The platform's error reports or status detail, when it gave any.</summary>
    public string? Detail { get; init; }

    /// <summary>When the instance started, when the platform said.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When the instance stopped, when it has.</summary>
    public DateTimeOffset? StoppedAt { get; init; }

    /// <summary>The whole answer, for what this model does not name (call data records, costs).</summary>
    public required JsonElement Document { get; init; }
}

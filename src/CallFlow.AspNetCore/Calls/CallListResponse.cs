using System.Text.Json.Serialization;

namespace CallFlow.AspNetCore.Calls;

/// <summary>What <c>GET /api/calls</c> answers: a page of calls, newest first.</summary>
/// <param name="Calls">The calls of this page.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> to get the next page; null on the last page.</param>
public sealed record CallListResponse(
    [property: JsonPropertyName("calls")] IReadOnlyList<CallSummary> Calls,
    [property: JsonPropertyName("next_cursor")] string? NextCursor);

using System.Text.Json.Serialization;

namespace CallFlow.AspNetCore.Calls;

/// <summary>What <c>GET /api/calls/{call_id}</c> answers: the call's summary and its exchanges in order.</summary>
/// <param name="Call">The call as the list shows it.</param>
/// <param name="Exchanges">Every page exchange of the call, oldest first.</param>
public sealed record CallDetailsResponse(
    [property: JsonPropertyName("call")] CallSummary Call,
    [property: JsonPropertyName("exchanges")] IReadOnlyList<ExchangeResponse> Exchanges);

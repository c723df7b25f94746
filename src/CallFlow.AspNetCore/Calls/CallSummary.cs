using System.Text.Json.Serialization;

namespace CallFlow.AspNetCore.Calls;

/// <summary>One call as the history lists it: who called whom, when, how far it got and how it ended.</summary>
public sealed record CallSummary
{
    /// <summary>The platform's call id (<c>this_call.call_id</c>).</summary>
    [JsonPropertyName("call_id")]
    public required string CallId { get; init; }

    /// <summary>The app of the call's first exchange.</summary>
    [JsonPropertyName("app")]
    public required string App { get; init; }

    /// <summary><c>call_from</c> of the first request that carried it.</summary>
    [JsonPropertyName("from")]
    public string? From { get; init; }

    /// <summary><c>call_to</c> of the first request that carried it.</summary>
    [JsonPropertyName("to")]
    public string? To { get; init; }

    /// <summary>When the call's first exchange was received.</summary>
    [JsonPropertyName("first_seen")]
    public required DateTimeOffset FirstSeen { get; init; }

    /// <summary>When the call's latest exchange was received.</summary>
    [JsonPropertyName("last_seen")]
    public required DateTimeOffset LastSeen { get; init; }

    /// <summary>The page of the latest exchange.</summary>
    [JsonPropertyName("last_page")]
    public required string LastPage { get; init; }

    /// <summary><c>call_cause</c> of the final page (<c>completed</c>, <c>busy</c>...), or null while the call has none.</summary>
    [JsonPropertyName("final_cause")]
    public string? FinalCause { get; init; }

    /// <summary>How many page exchanges the call has.</summary>
    [JsonPropertyName("exchange_count")]
    public required int ExchangeCount { get; init; }

    /// <summary>Whether any page of the call was answered by the fallback, rejected or failed (its exchange has a <c>failure</c>).</summary>
    [JsonPropertyName("has_problem")]
    public bool HasProblem { get; init; }
}

using System.Text.Json.Serialization;

namespace CallFlow.AspNetCore.LiveCalls;

/// <summary>What <c>POST /api/calls/{application_instance_id}/interrupt</c> answers: the platform's result for the instance.</summary>
public sealed record InterruptResponse
{
    /// <summary>The interrupted application instance.</summary>
    [JsonPropertyName("application_instance_id")]
    public required string ApplicationInstanceId { get; init; }

    /// <summary>The call the instance runs, from the call history.</summary>
    [JsonPropertyName("call_id")]
    public required string CallId { get; init; }

    /// <summary>The platform's result: <c>interrupted</c>, <c>no such application</c>, <c>application already completed</c>, or newer text.</summary>
    [JsonPropertyName("result")]
    public required string Result { get; init; }

    /// <summary>Whether the platform interrupted the instance.</summary>
    [JsonPropertyName("interrupted")]
    public required bool Interrupted { get; init; }

    /// <summary>The action that was interrupted, when the platform names it.</summary>
    [JsonPropertyName("interrupted_action")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? InterruptedAction { get; init; }

    /// <summary>The absolute URL sent as <c>redirect_page</c>, or null when the call goes to its final page.</summary>
    [JsonPropertyName("redirect_page")]
    public string? RedirectPage { get; init; }

    /// <summary>The <c>redirect_method</c> sent, when one was given.</summary>
    [JsonPropertyName("redirect_method")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RedirectMethod { get; init; }
}

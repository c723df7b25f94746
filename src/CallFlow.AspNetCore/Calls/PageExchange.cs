using System.Text.Json.Serialization;
using CallFlow.Actions.Requests;

namespace CallFlow.AspNetCore.Calls;

/// <summary>One page request and the answer sent for it, as the call history keeps it.</summary>
public sealed record PageExchange
{
    /// <summary>
    /// The page name under which the history keeps an operator's <c>rest_interrupt</c> of the call: not a page of any
    /// app (no route has parentheses), so recordings leave it out.
    /// </summary>
    public const string InterruptPage = "(interrupt)";

    /// <summary>The app name from the URL.</summary>
    public required string App { get; init; }

    /// <summary>The page name from the URL.</summary>
    public required string Page { get; init; }

    /// <summary><c>this_call.call_id</c>, or null when the request was too malformed to tell.</summary>
    public string? CallId { get; init; }

    /// <summary><c>application_instance_id</c>, when the request had one.</summary>
    public string? ApplicationInstanceId { get; init; }

    /// <summary>When the request arrived.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>GET or POST.</summary>
    public required string Method { get; init; }

    /// <summary>The request's Content-Type header as received, or null when it had none (every GET).</summary>
    public string? ContentType { get; init; }

    /// <summary>The request exactly as received: the JSON body, or the <c>instance_info</c> text of a form or query.</summary>
    public required string Request { get; init; }

    /// <summary>The HTTP status answered.</summary>
    public required int StatusCode { get; init; }

    /// <summary>The response body sent, or null for 204.</summary>
    public string? Response { get; init; }

    /// <summary>How long the page took, in microseconds.</summary>
    public required long ElapsedMicroseconds { get; init; }

    /// <summary>Why the answer was not the app's own (a problem, a fallback), or null when it was.</summary>
    public string? Failure { get; init; }

    /// <summary>
    /// <c>this_call</c> of the request, when the page endpoint has already read it: the store takes the call's
    /// summary from it instead of reading <see cref="Request"/> again. Not stored, and not part of the history read back.
    /// </summary>
    [JsonIgnore]
    public CallInfo? ThisCall { get; init; }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallFlow.AspNetCore.Calls;

/// <summary>One page exchange of a call, as <c>GET /api/calls/{call_id}</c> shows it.</summary>
public sealed record ExchangeResponse
{
    /// <summary>The app name from the URL.</summary>
    [JsonPropertyName("app")]
    public required string App { get; init; }

    /// <summary>The page name from the URL.</summary>
    [JsonPropertyName("page")]
    public required string Page { get; init; }

    /// <summary>GET or POST.</summary>
    [JsonPropertyName("method")]
    public required string Method { get; init; }

    /// <summary>The request's Content-Type header as received (absent when it had none, as on every GET).</summary>
    [JsonPropertyName("content_type")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ContentType { get; init; }

    /// <summary>When the request arrived.</summary>
    [JsonPropertyName("received_at")]
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary><c>application_instance_id</c> of the request, when it had one.</summary>
    [JsonPropertyName("application_instance_id")]
    public string? ApplicationInstanceId { get; init; }

    /// <summary>The request as JSON (absent when it was not JSON: see <see cref="RequestText"/>).</summary>
    [JsonPropertyName("request")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Request { get; init; }

    /// <summary>The request exactly as received, when it was not JSON.</summary>
    [JsonPropertyName("request_text")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RequestText { get; init; }

    /// <summary>The HTTP status answered.</summary>
    [JsonPropertyName("status_code")]
    public required int StatusCode { get; init; }

    /// <summary>The answer as JSON (absent for 204, or when it was not JSON: see <see cref="ResponseText"/>).</summary>
    [JsonPropertyName("response")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Response { get; init; }

    /// <summary>The answer exactly as sent, when it was not JSON.</summary>
    [JsonPropertyName("response_text")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ResponseText { get; init; }

    /// <summary>How long the page took, in microseconds.</summary>
    [JsonPropertyName("elapsed_us")]
    public required long ElapsedMicroseconds { get; init; }

    /// <summary>Why the answer was not the app's own (a problem, a fallback), or null when it was.</summary>
    [JsonPropertyName("failure")]
    public string? Failure { get; init; }

    /// <summary>The API view of a stored exchange.</summary>
    public static ExchangeResponse From(PageExchange exchange) => new()
    {
        App = exchange.App,
        Page = exchange.Page,
        Method = exchange.Method,
        ContentType = exchange.ContentType,
        ReceivedAt = exchange.ReceivedAt,
        ApplicationInstanceId = exchange.ApplicationInstanceId,
        Request = JsonText.Parse(exchange.Request, out var requestText),
        RequestText = requestText,
        StatusCode = exchange.StatusCode,
        Response = JsonText.Parse(exchange.Response, out var responseText),
        ResponseText = responseText,
        ElapsedMicroseconds = exchange.ElapsedMicroseconds,
        Failure = exchange.Failure,
    };
}

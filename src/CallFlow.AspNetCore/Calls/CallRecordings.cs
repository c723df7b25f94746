using System.Text.Json;
using System.Text.Json.Nodes;
using CallFlow.Actions.Recordings;

namespace CallFlow.AspNetCore.Calls;

/// <summary>
/// Turns a stored call into a <see cref="Recording"/>: each exchange's request as received and the answer sent as
/// the one expected, so replaying the download checks that the server still answers that call the same way.
/// </summary>
internal static class CallRecordings
{
    // Problem details carry a per-request trace id; a recording that pinned it could never replay green.
    private static readonly string[] PerRequestProperties = ["traceId", "trace_id"];

    public static Recording From(CallHistory history) => new()
    {
        App = history.Call.App,
        Description = $"Call {history.Call.CallId} from the call history, {history.Call.FirstSeen:O} to {history.Call.LastSeen:O}.",
        Exchanges = history.Exchanges.Select(ToRecorded).ToList(),
    };

    private static RecordedExchange ToRecorded(PageExchange exchange) => new()
    {
        Page = exchange.Page,
        Method = exchange.Method,
        Request = JsonText.Parse(exchange.Request, out var requestText),
        RequestText = requestText,
        ExpectedStatus = exchange.StatusCode,
        ExpectedResponse = ExpectedResponse(exchange),
        ReceivedAt = exchange.ReceivedAt,
    };

    private static JsonElement? ExpectedResponse(PageExchange exchange)
    {
        var response = JsonText.Parse(exchange.Response, out _);
        if (response is not { ValueKind: JsonValueKind.Object } problem || exchange.StatusCode < 400)
        {
            return response;
        }

        var node = JsonObject.Create(problem)!;
        foreach (var property in PerRequestProperties)
        {
            node.Remove(property);
        }

        using var document = JsonDocument.Parse(node.ToJsonString());
        return document.RootElement.Clone();
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using CallFlow.Actions.Recordings;

namespace CallFlow.AspNetCore.Calls;

/// <summary>
/// Turns a stored call into a <see cref="Recording"/>: each exchange's request as received and the answer sent as
/// the one expected, so replaying the download checks that the server still answers that call the same way. An
/// exchange keeps the content type it arrived with, so it replays as it was sent, and a page of another app than the
/// call's first (a menu that sent the caller to a conference) is named relative to the first app, <c>../conference/first</c>,
/// the way the replayer resolves a next page.
/// </summary>
internal static class CallRecordings
{
    // Problem details carry a per-request trace id; a recording that pinned it could never replay green.
    private static readonly string[] PerRequestProperties = ["traceId", "trace_id"];

    public static Recording From(CallHistory history) => new()
    {
        App = history.Call.App,
        Description = $"Call {history.Call.CallId} from the call history, {history.Call.FirstSeen:O} to {history.Call.LastSeen:O}.",
        // An interrupt the operator sent is not a page request, so there is nothing to replay for it.
        Exchanges = history.Exchanges.Where(exchange => exchange.Page != PageExchange.InterruptPage).Select(exchange => ToRecorded(history.Call.App, exchange)).ToList(),
    };

    private static RecordedExchange ToRecorded(string callApp, PageExchange exchange) => new()
    {
        Page = exchange.App == callApp ? exchange.Page : $"../{exchange.App}/{exchange.Page}",
        Method = exchange.Method,
        // A POST that came without a content type replays without one ("" in a recording); a GET has none to keep.
        ContentType = HttpMethods.IsGet(exchange.Method) ? null : exchange.ContentType ?? "",
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

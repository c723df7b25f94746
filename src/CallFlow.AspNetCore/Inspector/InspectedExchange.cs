using System.Text.Json;
using CallFlow.AspNetCore.Calls;

namespace CallFlow.AspNetCore.Inspector;

/// <summary>One exchange of a call as the call page shows it: what was asked, answered, and what came of the answer.</summary>
/// <param name="Stored">The exchange as the history keeps it.</param>
/// <param name="SinceStart">Time from the call's first request to this one.</param>
/// <param name="Request">The request as JSON, or null when it was not JSON (see <see cref="PageExchange.Request"/>).</param>
/// <param name="Response">The answer as JSON, or null for 204 or an answer that was not JSON.</param>
/// <param name="ActionResult">
/// <c>action_result</c> of the next request of the call: what the platform reports of the actions this answer gave.
/// </param>
/// <param name="ErrorResult"><c>error_result</c> of this request (an error page).</param>
/// <param name="DroppedCalls"><c>dropped_calls</c> of this request: the call's legs that ended since the last page.</param>
/// <param name="Curl">The request as a <c>curl</c> command.</param>
internal sealed record InspectedExchange(
    PageExchange Stored,
    TimeSpan SinceStart,
    JsonElement? Request,
    JsonElement? Response,
    JsonElement? ActionResult,
    JsonElement? ErrorResult,
    IReadOnlyList<JsonElement> DroppedCalls,
    string Curl)
{
    /// <summary>Whether the answer was not the app's own, or was refused.</summary>
    public bool IsProblem => Stored.Failure is not null || Stored.StatusCode >= 400;

    /// <summary>The exchanges of <paramref name="call"/>, each URL made absolute on <paramref name="serverRoot"/>.</summary>
    public static IReadOnlyList<InspectedExchange> Of(CallHistory call, string serverRoot, string? pageUsername)
    {
        var requests = call.Exchanges.Select(exchange => JsonText.Parse(exchange.Request, out _)).ToList();
        var infos = requests.Select(InstanceInfo).ToList();
        var start = call.Exchanges.Count > 0 ? call.Exchanges[0].ReceivedAt : call.Call.FirstSeen;
        return call.Exchanges.Select((exchange, i) =>
        {
            var response = JsonText.Parse(exchange.Response, out _);
            var pageUrl = $"{serverRoot}/apps/{Uri.EscapeDataString(exchange.App)}/{Uri.EscapeDataString(exchange.Page)}";
            return new InspectedExchange(
                exchange,
                exchange.ReceivedAt - start,
                requests[i],
                response,
                i + 1 < infos.Count ? Present(infos[i + 1], "action_result") : null,
                Present(infos[i], "error_result"),
                Present(infos[i], "dropped_calls") is { ValueKind: JsonValueKind.Array } dropped ? dropped.EnumerateArray().ToList() : [],
                CurlCommand.For(exchange.Method, pageUrl, exchange.Request, pageUsername));
        }).ToList();
    }

    /// <summary><c>instance_info</c> of a stored request: inside a JSON body, or the stored text itself for a form or a query.</summary>
    public static JsonElement? InstanceInfo(JsonElement? request)
    {
        if (request is not { ValueKind: JsonValueKind.Object } root)
        {
            return null;
        }

        if (!root.TryGetProperty("instance_info", out var info))
        {
            return root;
        }

        return info.ValueKind == JsonValueKind.String ? JsonText.Parse(info.GetString(), out _) : info;
    }

    private static JsonElement? Present(JsonElement? info, string name) =>
        info is { ValueKind: JsonValueKind.Object } found && found.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;
}

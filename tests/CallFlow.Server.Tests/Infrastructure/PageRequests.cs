using System.Text.Json.Nodes;

namespace CallFlow.Server.Tests.Infrastructure;

/// <summary>Page requests as the v2 platform posts them (the bare instance info object), built for intent.</summary>
public static class PageRequests
{
    public static JsonObject Inbound(string callId = "c-1a2b", string from = "441908273801", string to = "442071234567") => new()
    {
        ["application_instance_id"] = "06e122c3364cc74c.787379",
        ["token"] = null,
        ["log_filename"] = "2026/11/20/06e122c3364cc74c.787379.log",
        ["is_notification"] = false,
        ["this_call"] = new JsonObject
        {
            ["call_id"] = callId,
            ["call_direction"] = "in",
            ["call_from"] = from,
            ["call_to"] = to,
            ["call_target"] = to,
            ["call_divert"] = "",
            ["call_attestation"] = "",
            ["seconds_call_duration"] = 0.4,
            ["call_state"] = "answered",
            ["application_parameters"] = "lang=en",
            ["outbound_parameters"] = null,
        },
        ["action_result"] = null,
        ["error_result"] = null,
        ["dropped_calls"] = new JsonArray(),
    };

    /// <summary>The next page after a connect; the duration is a JSON number, as v2 sends numbers (v1 sent strings such as "47.3").</summary>
    public static JsonObject AfterConnect(JsonNode? secondsConnected = null, string callId = "c-1a2b") =>
        With(Inbound(callId), info => info["action_result"] = new JsonObject
        {
            ["action"] = "connect",
            ["result"] = new JsonObject { ["seconds_connected_duration"] = secondsConnected ?? 47.3 },
        });

    public static JsonObject Final(string cause = "completed", string callId = "c-1a2b") =>
        With(Inbound(callId), info =>
        {
            info["this_call"]!["call_state"] = "idle";
            info["this_call"]!["call_cause"] = cause;
            info["this_call"]!["call_raw_cause"] = "200";
            info["dropped_calls"] = new JsonArray(new JsonObject
            {
                ["call_id"] = "c-1a2b-2",
                ["call_direction"] = "out",
                ["call_from"] = "441908273801",
                ["call_to"] = "441908273802",
                ["call_state"] = "idle",
                ["call_cause"] = "dropped",
            });
        });

    public static JsonObject Notification(string callId = "c-1a2b") => With(Inbound(callId), info => info["is_notification"] = true);

    /// <summary>A notification or transcription result as the platform sends it: no this_call.</summary>
    public static JsonObject WithoutThisCall(bool isNotification) => With(Inbound(), info =>
    {
        info.Remove("this_call");
        info["is_notification"] = isNotification;
    });

    /// <summary>A transcription result as the results page receives it: no this_call, an empty token, one phrase.</summary>
    public static JsonObject TranscriptionResult(string applicationInstanceId, string text, bool final) => With(WithoutThisCall(isNotification: false), info =>
    {
        info["application_instance_id"] = applicationInstanceId;
        info["token"] = "";
        info["action_result"] = new JsonObject
        {
            ["action"] = "start_transcription",
            ["result"] = new JsonObject
            {
                ["transcription"] = new JsonArray(new JsonObject
                {
                    ["alternatives"] = new JsonArray(new JsonObject { ["text"] = text }),
                    ["final"] = final,
                    ["direction"] = "inbound",
                }),
                ["id"] = "54321",
                ["completed"] = false,
            },
        };
    });

    /// <summary>A fax progress report of call <paramref name="callId"/>, as its progress page receives it.</summary>
    public static JsonObject FaxProgress(string callId, int pagesReceived) => With(Inbound(callId), info =>
        info["action_progress"] = new JsonObject { ["id"] = "fax-7", ["pages_received"] = pagesReceived });

    /// <summary>What an asynchronous page (recording or fax available) of call <paramref name="callId"/> receives: a notification with the action's result.</summary>
    public static JsonObject Available(string callId, string action, JsonObject result) => With(Notification(callId), info =>
        info["action_result"] = new JsonObject { ["action"] = action, ["result"] = result });

    /// <summary>The same request in the wrapped form CallFlow also reads.</summary>
    public static JsonObject Wrapped(JsonObject request) => new() { ["instance_info"] = request };

    public static JsonObject With(JsonObject request, Action<JsonObject> change)
    {
        change(request);
        return request;
    }
}

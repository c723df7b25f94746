using System.Text.Json;
using System.Text.Json.Nodes;
using CallFlow.Actions.Requests;

namespace CallFlow.AspNetCore.OpenApi;

/// <summary>
/// A page request as the v2 platform posts it, the bare instance info object, shown in the document: the first page of
/// an inbound call, the next page after a connect, and the same call's final and error pages. Its answer in the
/// document is what the <see cref="OpenApiExampleApp"/> really answers. Every example is a moment of one realistic
/// call, so trying one in Swagger UI records a call that reads like one.
/// </summary>
/// <param name="Name">The example's key in the document.</param>
/// <param name="Summary">One line shown in Swagger UI's example list.</param>
/// <param name="Json">The request body: the bare instance info object.</param>
internal sealed record PageExample(string Name, string Summary, string Json)
{
    /// <summary>The first page of an inbound call from 441908273801 to 442071234567.</summary>
    public static PageExample InboundFirstPage { get; } = new("inbound_first_page", "An inbound call's first page", """
        {
          "application_instance_id": "06e122c3364cc74c.787379",
          "token": null,
          "log_filename": "2026/11/20/06e122c3364cc74c.787379.log",
          "is_notification": false,
          "this_call": {
            "call_id": "c-1a2b",
            "call_direction": "in",
            "call_from": "441908273801",
            "call_to": "442071234567",
            "call_target": "442071234567",
            "call_divert": "",
            "call_attestation": "",
            "seconds_call_duration": 0.4,
            "call_state": "answered",
            "application_parameters": "lang=en",
            "outbound_parameters": null
          },
          "action_result": null,
          "error_result": null,
          "dropped_calls": []
        }
        """);

    /// <summary>The same call's next page once the connect it asked for has ended, 47.3 seconds later.</summary>
    public static PageExample AfterConnect { get; } = new("next_page_after_connect", "The next page after a connect",
        LaterInTheCall(InboundFirstPage, """
            {
              "this_call": { "seconds_call_duration": 52.8 },
              "action_result": { "action": "connect", "result": { "seconds_connected_duration": 47.3 } }
            }
            """));

    /// <summary>The same call's final page: it is over, hung up after the connect.</summary>
    public static PageExample FinalPage { get; } = new("final_page", "The final page of a call that completed",
        LaterInTheCall(InboundFirstPage, """
            {
              "this_call": { "seconds_call_duration": 55.1, "call_state": "idle", "call_cause": "completed", "call_raw_cause": "200" }
            }
            """));

    /// <summary>The same call's error page: the platform could not use the answer to the connect's next page.</summary>
    public static PageExample ErrorPage { get; } = new("error_page", "The error page after an unusable answer",
        LaterInTheCall(InboundFirstPage, """
            {
              "this_call": { "seconds_call_duration": 52.9 },
              "error_result": { "action": "play", "result": "The play action has no play_list." }
            }
            """));

    /// <summary>The call id every example's page request carries.</summary>
    public static string CallId => InboundFirstPage.InstanceInfo()["this_call"]!["call_id"]!.GetValue<string>();

    /// <summary>The bare instance_info object, as the platform posts it.</summary>
    public JsonNode InstanceInfo() => JsonNode.Parse(Json)!;

    /// <summary>The same request in the wrapped form CallFlow also reads.</summary>
    public JsonNode Wrapped() => new JsonObject { ["instance_info"] = InstanceInfo() };

    /// <summary>The parsed request, for running the example app on it.</summary>
    public PageRequest Parse() => PageRequestReader.Read(Json);

    // A later page of the same call: its this_call fields moved on, and the fields of instance_info that changed replaced.
    private static string LaterInTheCall(PageExample first, string changes)
    {
        var instance = first.InstanceInfo().AsObject();
        var thisCall = instance["this_call"]!.AsObject();
        foreach (var (name, value) in JsonNode.Parse(changes)!.AsObject())
        {
            if (name == "this_call")
            {
                foreach (var (field, fieldValue) in value!.AsObject())
                {
                    thisCall[field] = fieldValue?.DeepClone();
                }
            }
            else
            {
                instance[name] = value?.DeepClone();
            }
        }

        return instance.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CallFlow.Actions.Requests;
using CallFlow.Actions.Serialization;

namespace CallFlow.Simulator;

/// <summary>
/// Writes page requests the way the platform sends them: the wire model's own JSON, except that numbers inside
/// <c>action_result.result</c> are strings with one decimal place (<c>"seconds_connected_duration": "30.0"</c>), as the seeds show.
/// </summary>
internal static class PlatformRequests
{
    /// <summary>The JSON of a page request: wrapped <c>{"instance_info": {...}}</c> for a POST body, bare for a GET query parameter.</summary>
    public static string Write(InstanceInfo instanceInfo, bool wrapped)
    {
        var request = (JsonObject)JsonSerializer.SerializeToNode(new PageRequest(instanceInfo), CallFlowJson.Options.GetTypeInfo(typeof(PageRequest)))!;
        var info = request["instance_info"]!.AsObject();
        if (info["action_result"]?["result"] is JsonObject result)
        {
            foreach (var (name, value) in result.ToList())
            {
                if (value is JsonValue number && number.GetValueKind() == JsonValueKind.Number)
                {
                    result[name] = number.GetValue<double>().ToString("0.0", CultureInfo.InvariantCulture);
                }
            }
        }

        return wrapped ? request.ToJsonString(CallFlowJson.Options) : info.ToJsonString(CallFlowJson.Options);
    }
}

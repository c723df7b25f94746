using System.Text.Json;
using CallFlow.Actions.Requests;
using CallFlow.Actions.Serialization;

namespace CallFlow.Simulator;

/// <summary>
/// Writes page requests the way the v2 platform sends them: the bare instance info object, as a POST body or as the
/// <c>instance_info</c> query parameter of a GET, with the wire model's JSON (result numbers as JSON numbers, as in the
/// v2 record example's <c>"seconds_duration": 16.7</c>; <c>interrupted</c> only on an interrupted action).
/// </summary>
internal static class PlatformRequests
{
    /// <summary>The JSON of a page request.</summary>
    public static string Write(InstanceInfo instanceInfo) => JsonSerializer.Serialize(instanceInfo, CallFlowJson.Options.GetTypeInfo(typeof(InstanceInfo)));
}

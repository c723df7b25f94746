using System.Text.Json.Serialization;
using CallFlow.Actions.Serialization;

namespace CallFlow.Actions.Results;

/// <summary>The result of a <c>connect</c>.</summary>
public sealed class ConnectResult : ActionResult
{
    /// <summary><c>seconds_connected_duration</c>: how long the two calls were connected, to one decimal place (read from a number or a string such as <c>"47.3"</c>).</summary>
    [JsonConverter(typeof(FlexibleDoubleConverter))]
    public double SecondsConnectedDuration { get; set; }
}

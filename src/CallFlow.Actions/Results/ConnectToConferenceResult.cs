using System.Text.Json.Serialization;
using CallFlow.Actions.Serialization;

namespace CallFlow.Actions.Results;

/// <summary>The result of a <c>connect_to_conference</c>.</summary>
public sealed class ConnectToConferenceResult : ActionResult
{
    /// <summary><c>seconds_connected_duration</c>: how long the call was in the conference, to one decimal place (read from a number or a string).</summary>
    [JsonConverter(typeof(FlexibleDoubleConverter))]
    public double SecondsConnectedDuration { get; set; }
}

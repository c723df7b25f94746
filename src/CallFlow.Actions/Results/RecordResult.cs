using System.Text.Json.Serialization;
using CallFlow.Actions.Serialization;

namespace CallFlow.Actions.Results;

/// <summary>The result of a <c>record</c>.</summary>
public sealed class RecordResult : ActionResult
{
    /// <summary><c>filename</c>: the recording's file name on the platform.</summary>
    public string? Filename { get; set; }

    /// <summary><c>contains_sound</c>: whether anything but silence was recorded (read from a boolean or a string).</summary>
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool ContainsSound { get; set; }

    /// <summary><c>seconds_duration</c>: the recording's length in seconds (read from a number or a string).</summary>
    [JsonConverter(typeof(FlexibleDoubleConverter))]
    public double SecondsDuration { get; set; }
}

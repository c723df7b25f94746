using System.Text.Json.Serialization;
using CallFlow.Actions.Serialization;

namespace CallFlow.Actions.Requests;

/// <summary>Details of one call: <c>this_call</c> of a page request, or an entry of <c>dropped_calls</c>.</summary>
public sealed class CallInfo : WireObject
{
    /// <summary><c>call_id</c>: the platform's id of the call.</summary>
    public string? CallId { get; set; }

    /// <summary><c>call_direction</c>: <c>in</c> or <c>out</c>.</summary>
    public string? CallDirection { get; set; }

    /// <summary><c>call_from</c>: the calling number or address.</summary>
    public string? CallFrom { get; set; }

    /// <summary><c>call_to</c>: the called number or address.</summary>
    public string? CallTo { get; set; }

    /// <summary><c>call_target</c>: the number or address the service was reached on.</summary>
    public string? CallTarget { get; set; }

    /// <summary><c>call_divert</c>: the diverting number, when the call was diverted.</summary>
    public string? CallDivert { get; set; }

    /// <summary><c>call_attestation</c>: the caller id attestation level, when known.</summary>
    public string? CallAttestation { get; set; }

    /// <summary><c>seconds_call_duration</c>: how long the call has lasted (read from a number or a string).</summary>
    [JsonConverter(typeof(FlexibleDoubleConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public double SecondsCallDuration { get; set; }

    /// <summary><c>call_state</c>: <c>idle</c>, <c>inbound</c> or <c>answered</c>.</summary>
    public string? CallState { get; set; }

    /// <summary><c>call_cause</c> (final page): <c>completed</c>, <c>hung_up</c>, <c>no_answer</c>, <c>busy</c>, <c>unobtainable</c>, <c>dropped</c> or <c>failed</c>.</summary>
    public string? CallCause { get; set; }

    /// <summary><c>call_raw_cause</c> (final page): the SIP code, as a string.</summary>
    public string? CallRawCause { get; set; }

    /// <summary><c>far_end_type</c>: the classification of the far end (<c>answering_machine</c>, <c>fax_machine</c>...), when it was classified. Not in protocol.md: read when the platform sends it.</summary>
    public string? FarEndType { get; set; }

    /// <summary><c>application_parameters</c>: the string configured on the service.</summary>
    public string? ApplicationParameters { get; set; }

    /// <summary><c>outbound_parameters</c>: the string passed to <c>service_start</c> for an outbound call.</summary>
    public string? OutboundParameters { get; set; }
}

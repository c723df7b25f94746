using CallFlow.Actions.Parts;

namespace CallFlow.Actions.Verbs;

/// <summary>
/// <c>answer</c>: answers an inbound call still in the inbound state; ignored once the call is answered (REST API v2 answer
/// page). Calls are answered implicitly by the first action that interacts with the caller, so this is needed only with
/// the Early media setting, or to send SIP headers. Has no action result.
/// </summary>
public sealed class Answer : TelephonyAction
{
    /// <summary>Creates an answer with no extra SIP headers: <c>{"answer": {}}</c>.</summary>
    public Answer()
    {
    }

    /// <summary>Creates an answer that sends the given SIP headers.</summary>
    public Answer(params IEnumerable<SipHeader> extraSipHeaders) => ExtraSipHeaders = [.. extraSipHeaders];

    /// <summary><c>extra_sip_headers</c>: SIP headers added to the answer. Platform default: none.</summary>
    public List<SipHeader>? ExtraSipHeaders { get; set; }

    /// <summary>Adds a SIP header to the answer; returns this action for chaining.</summary>
    public Answer AddSipHeader(string name, string value)
    {
        (ExtraSipHeaders ??= []).Add(new SipHeader(name, value));
        return this;
    }
}

using CallFlow.Actions.Parts;

namespace CallFlow.Actions.Results;

/// <summary>The result of a <c>send_fax</c> (the v2 page's Returns section was not found: the names are assumed, see docs/protocol.md).</summary>
public sealed class SendFaxResult : ActionResult
{
    /// <summary><c>pages_sent</c>: how many pages were sent.</summary>
    public int? PagesSent { get; set; }

    /// <summary><c>negotiated_settings</c>: the modem and data rate of the session.</summary>
    public NegotiatedFaxSettings? NegotiatedSettings { get; set; }
}

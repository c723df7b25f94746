using CallFlow.Actions.Parts;

namespace CallFlow.Actions.Requests;

/// <summary>
/// <c>action_progress</c>: progress of a fax session, sent to the action's progress page after the negotiation and after
/// each page (REST API v2 receive fax page). Progress requests are notifications: they cannot steer the call.
/// </summary>
public sealed class ActionProgress : WireObject
{
    /// <summary><c>id</c>: the user-defined id of the action.</summary>
    public string? Id { get; set; }

    /// <summary><c>negotiated_settings</c>: the modem and data rate agreed.</summary>
    public NegotiatedFaxSettings? NegotiatedSettings { get; set; }

    /// <summary><c>pages_received</c>: the pages received so far (receive fax).</summary>
    public int? PagesReceived { get; set; }

    /// <summary><c>pages_sent</c>: the pages sent so far (send fax; the name is assumed, see docs/protocol.md).</summary>
    public int? PagesSent { get; set; }
}

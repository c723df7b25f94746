using CallFlow.Actions.Parts;

namespace CallFlow.Actions.Results;

/// <summary>The result of a <c>receive_fax</c> (the v2 page's Returns section was not found: the names are assumed, see docs/protocol.md).</summary>
public sealed class ReceiveFaxResult : ActionResult
{
    /// <summary><c>id</c>: the user-defined id of the action.</summary>
    public string? Id { get; set; }

    /// <summary><c>filename</c>: the received tif file in the media file store.</summary>
    public string? Filename { get; set; }

    /// <summary><c>pages_received</c>: how many pages were received.</summary>
    public int? PagesReceived { get; set; }

    /// <summary><c>negotiated_settings</c>: the modem and data rate of the session.</summary>
    public NegotiatedFaxSettings? NegotiatedSettings { get; set; }
}

namespace CallFlow.Actions.Parts;

/// <summary>
/// A SIP header to add to a SIP message: <c>{"name": "X-EstimatedQueueWaitTime", "value": "150"}</c> (used by <c>answer</c>'s
/// <c>extra_sip_headers</c>, REST API v2 answer page).
/// </summary>
public sealed class SipHeader : WireObject
{
    /// <summary>Creates an empty header (name and value are required before sending).</summary>
    public SipHeader()
    {
    }

    /// <summary>Creates the header <paramref name="name"/>: <paramref name="value"/>.</summary>
    public SipHeader(string name, string value)
    {
        Name = name;
        Value = value;
    }

    /// <summary><c>name</c> (required): the header's name, such as <c>X-EstimatedQueueWaitTime</c>.</summary>
    public string? Name { get; set; }

    /// <summary><c>value</c> (required): the header's value, as text.</summary>
    public string? Value { get; set; }
}

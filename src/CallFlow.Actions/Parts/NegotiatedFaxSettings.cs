namespace CallFlow.Actions.Parts;

/// <summary>
/// <c>negotiated_settings</c> of a fax session: the modem and data rate the two fax ends agreed on (REST API receive fax
/// pages; the v2 class page was not found, see docs/protocol.md).
/// </summary>
public sealed class NegotiatedFaxSettings : WireObject
{
    /// <summary><c>modem</c>: the modem used, as the platform names it.</summary>
    public string? Modem { get; set; }

    /// <summary><c>data_rate</c>: the negotiated rate in bits per second, such as 9600 or 4800.</summary>
    public int? DataRate { get; set; }
}

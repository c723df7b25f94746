namespace CallFlow.AspNetCore.Platform;

/// <summary>
/// One call for <c>service_start</c> to make: an entry of <c>rest_calls</c>. Each call starts its own instance of
/// the outbound service, whose first page gets <see cref="Token"/> in <c>instance_info.token</c>.
/// </summary>
public sealed class OutboundCall
{
    /// <summary>A call to a SIP address or conference, which needs no caller id.</summary>
    public OutboundCall(string to) => To = to;

    /// <summary>A call to <paramref name="to"/> from <paramref name="from"/> (required when <paramref name="to"/> is a phone number).</summary>
    public OutboundCall(string to, string? from)
        : this(to) => From = from;

    /// <summary><c>to</c> (required): a phone number, a <c>sip:</c>/<c>tel:</c> address or a conference (<c>con:</c>) name.</summary>
    public string To { get; }

    /// <summary><c>from</c>: the validated caller id or SIP address calling; required when <see cref="To"/> is a phone number.</summary>
    public string? From { get; init; }

    /// <summary><c>token</c>: passed unchanged to the first page as <c>instance_info.token</c>.</summary>
    public string? Token { get; init; }

    /// <summary><c>outbound_parameters</c>: passed unchanged to the pages as <c>this_call.outbound_parameters</c>.</summary>
    public string? OutboundParameters { get; init; }

    /// <summary>
    /// Whether <see cref="To"/> is a telephone number. The platform treats digits, optionally after '+' and
    /// separated by single '-', as a number (and a <c>tel:</c> address is one too); everything else is an address or a conference.
    /// </summary>
    public bool IsToPhoneNumber =>
        To.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
        || (To.TrimStart('+').Length > 0 && To.TrimStart('+').All(c => char.IsAsciiDigit(c) || c == '-'));
}

namespace CallFlow.Actions.Verbs;

/// <summary>
/// <c>reject</c>: rejects an inbound call still in the inbound state, with a cause (REST API v2 reject page). Has no action result.
/// </summary>
public sealed class Reject : TelephonyAction
{
    /// <summary>The <c>cause</c> values the platform documents.</summary>
    public static IReadOnlyList<string> Causes { get; } = ["busy", "noanswer", "unobtainable", "changed", "outoforder", "barred", "rejected", "nochannels", "congestion"];

    /// <summary>Creates a rejection with the platform's default cause: <c>{"reject": {}}</c>.</summary>
    public Reject()
    {
    }

    /// <summary>Creates a rejection with <paramref name="cause"/>, one of <see cref="Causes"/>.</summary>
    public Reject(string cause) => Cause = cause;

    /// <summary><c>cause</c>: why the call is rejected, one of busy, noanswer, unobtainable, changed, outoforder, barred, rejected, nochannels, congestion. Platform default: <c>rejected</c>.</summary>
    public string? Cause { get; set; }

    /// <summary><c>raw_cause</c>: a protocol-specific clearing cause, such as the SIP response code <c>486</c>; it overrides <c>cause</c>. Platform default: none.</summary>
    public string? RawCause { get; set; }

    /// <summary>A rejection with a raw protocol cause (a SIP response code such as <c>486</c>), which overrides any cause.</summary>
    public static Reject WithRawCause(string rawCause) => new() { RawCause = rawCause };
}

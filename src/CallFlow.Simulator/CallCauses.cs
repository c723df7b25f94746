namespace CallFlow.Simulator;

/// <summary>The <c>call_cause</c> values the simulator reports, with the SIP code the platform sends as <c>call_raw_cause</c>.</summary>
internal static class CallCauses
{
    /// <summary>The call ended normally: the app hung up or ran out of actions.</summary>
    public const string Completed = "completed";

    /// <summary>The caller hung up.</summary>
    public const string HungUp = "hung_up";

    /// <summary>Nobody answered in time.</summary>
    public const string NoAnswer = "no_answer";

    /// <summary>The destination was busy.</summary>
    public const string Busy = "busy";

    /// <summary>The platform hung the call up because another destination answered.</summary>
    public const string Dropped = "dropped";

    /// <summary>The platform gave up on the call: its pages broke the protocol or it requested too many.</summary>
    public const string Failed = "failed";

    /// <summary>The cause reject uses when it names none.</summary>
    public const string Rejected = "rejected";

    /// <summary>The SIP code that goes with a cause (for reject's causes, the SIP response that usually means it).</summary>
    public static string RawCause(string cause) => cause switch
    {
        NoAnswer or "noanswer" => "480",
        Busy => "486",
        "unobtainable" => "404",
        "changed" => "410",
        "outoforder" => "502",
        "barred" => "403",
        Rejected => "603",
        "nochannels" or "congestion" => "503",
        Dropped => "487",
        Failed => "500",
        _ => "200",
    };

    /// <summary>The cause a leg's end gives its final page.</summary>
    public static string Of(CallLeg leg, LegEnd end) => end switch
    {
        LegEnd.Rejected => leg.Rejection?.Cause ?? Rejected,
        LegEnd.CallerHungUp => HungUp,
        LegEnd.Failed or LegEnd.PageLimit => Failed,
        _ => Completed,
    };
}

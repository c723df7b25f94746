using CallFlow.Actions.Requests;
using CallFlow.Actions.Verbs;

namespace CallFlow.Simulator;

/// <summary>One call of a simulation: the primary call, or the secondary call a connect made, with its own pages.</summary>
internal sealed class CallLeg
{
    private CallLeg(CallInfo call, PageAddress? firstPage, PageAddress? finalPage, PageAddress? errorPage, string indent, bool isSecondary, double startedAt)
    {
        Call = call;
        FirstPage = firstPage;
        FinalPage = finalPage;
        ErrorPage = errorPage;
        Indent = indent;
        IsSecondary = isSecondary;
        StartedAt = startedAt;
    }

    /// <summary><c>this_call</c> of every page request of this leg.</summary>
    public CallInfo Call { get; }

    /// <summary>The page requested when the call is answered, if any (a secondary call may have none).</summary>
    public PageAddress? FirstPage { get; }

    /// <summary>The page requested when the call ends, if any.</summary>
    public PageAddress? FinalPage { get; }

    /// <summary>The page requested when an answer breaks the protocol, if any.</summary>
    public PageAddress? ErrorPage { get; }

    /// <summary>The transcript indentation of this leg's page lines.</summary>
    public string Indent { get; }

    /// <summary>The transcript indentation of this leg's actions, under the page that answered them.</summary>
    public string ActionIndent => Indent + "  ";

    /// <summary>The transcript indentation of what happens during an action (keys pressed, calls connected).</summary>
    public string DetailIndent => Indent + "      ";

    /// <summary>Whether this is the secondary call of a connect: it is connected, not hung up, when its actions run out.</summary>
    public bool IsSecondary { get; }

    /// <summary>The simulated second the call was answered, for its <c>seconds_call_duration</c>.</summary>
    public double StartedAt { get; }

    /// <summary>Who presses keys and speaks on this leg, for the transcript.</summary>
    public string Party => IsSecondary ? "the callee" : "the caller";

    /// <summary>The calls the platform hung up during this leg's connects, sent with its final page.</summary>
    public List<CallInfo> DroppedCalls { get; } = [];

    /// <summary>The reject action that ended this call while it was still inbound, if one did.</summary>
    public Reject? Rejection { get; set; }

    /// <summary>The call the platform received (or placed): its pages are the app's first, final and error pages.</summary>
    public static CallLeg Primary(CallInfo call, Uri appUrl) => new(
        call,
        PageAddress.Post(new Uri(appUrl, PageNames.First)),
        PageAddress.Post(new Uri(appUrl, PageNames.Final)),
        PageAddress.Post(new Uri(appUrl, PageNames.Error)),
        "",
        isSecondary: false,
        startedAt: 0);

    /// <summary>The secondary call of a connect, with the pages its <c>secondary_call</c> names, one level deeper in the transcript.</summary>
    public CallLeg Secondary(CallInfo call, PageAddress? firstPage, PageAddress? finalPage, PageAddress? errorPage, double startedAt) =>
        new(call, firstPage, finalPage, errorPage, DetailIndent, isSecondary: true, startedAt);
}

using CallFlow.Actions.Responses;

namespace CallFlow.AspNetCore.Apps;

/// <summary>The pages every app may have; any other name is a next page of the app's own.</summary>
public static class PageNames
{
    /// <summary>Requested when a call arrives or an outbound call is answered.</summary>
    public const string First = "first";

    /// <summary>Always the last request of a call; its answer cannot steer the call.</summary>
    public const string Final = "final";

    /// <summary>Requested when the platform could not use an answer.</summary>
    public const string Error = "error";

    /// <summary>Whether every app answers <paramref name="page"/>, with or without a handler of its own: the final and error pages.</summary>
    public static bool EveryAppHas(string page) => page is Final or Error;

    /// <summary>
    /// What an app without a handler for <paramref name="page"/> answers: its fallback on the error page (an apology),
    /// no actions on the final page (whose answer cannot steer the call).
    /// </summary>
    public static ActionsResponse UnhandledAnswer(string page, ActionsResponse fallback) => page == Error ? fallback : new ActionsResponse();
}

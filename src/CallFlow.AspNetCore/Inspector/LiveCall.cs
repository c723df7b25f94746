using CallFlow.Actions.Requests;
using CallFlow.AspNetCore.Calls;

namespace CallFlow.AspNetCore.Inspector;

/// <summary>Whether a call in the history can still be interrupted, and which instance runs it.</summary>
internal static class LiveCall
{
    /// <summary>
    /// The application instance of the call's latest page, or null when the platform has sent the final page (the call
    /// has ended) or never named an instance.
    /// </summary>
    public static string? InstanceOf(CallHistory call) =>
        call.Exchanges.Any(exchange => exchange.Page == PageNames.Final)
            ? null
            : call.Exchanges.LastOrDefault(exchange => exchange.Page != PageExchange.InterruptPage)?.ApplicationInstanceId;
}

using System.Text.Json;
using CallFlow.Actions.Requests;

namespace CallFlow.AspNetCore.Calls;

/// <summary>
/// What the call list shows about an exchange beyond its own fields, read from the stored request with the wire
/// model's reader: <c>call_from</c>, <c>call_to</c> and <c>call_cause</c> of <c>this_call</c>.
/// </summary>
internal sealed record ExchangeFacts(string? From, string? To, string? Cause)
{
    private static readonly ExchangeFacts None = new(null, null, null);

    /// <summary>
    /// The facts of <paramref name="exchange"/>: those the page endpoint read with the request when it did, else read
    /// from the stored request; none when that is not a readable page request (it is stored all the same).
    /// </summary>
    public static ExchangeFacts Of(PageExchange exchange)
    {
        if (exchange.CallId is null)
        {
            return None;
        }

        if (exchange.ThisCall is { } known)
        {
            return Of(known);
        }

        try
        {
            return PageRequestReader.Read(exchange.Request).InstanceInfo?.ThisCall is { } call ? Of(call) : None;
        }
        catch (JsonException)
        {
            // A malformed request (kept with its failure reason) simply contributes nothing to the call's summary.
            return None;
        }
    }

    private static ExchangeFacts Of(CallInfo call) => new(Blank(call.CallFrom), Blank(call.CallTo), Blank(call.CallCause));

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}

using System.Text.Json;
using CallFlow.Actions.Requests;

namespace CallFlow.Server.Storage;

/// <summary>
/// What the call list shows about an exchange beyond its own fields, read from the stored request with the wire
/// model's reader: <c>call_from</c>, <c>call_to</c> and <c>call_cause</c> of <c>this_call</c>.
/// </summary>
internal sealed record ExchangeFacts(string? From, string? To, string? Cause)
{
    private static readonly ExchangeFacts None = new(null, null, null);

    /// <summary>The facts of <paramref name="exchange"/>; none when its request is not a readable page request (it is stored all the same).</summary>
    public static ExchangeFacts Of(PageExchange exchange)
    {
        if (exchange.CallId is null)
        {
            return None;
        }

        try
        {
            var call = PageRequestReader.Read(exchange.Request).InstanceInfo?.ThisCall;
            return call is null ? None : new ExchangeFacts(Blank(call.CallFrom), Blank(call.CallTo), Blank(call.CallCause));
        }
        catch (JsonException)
        {
            // A malformed request (kept with its failure reason) simply contributes nothing to the call's summary.
            return None;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}

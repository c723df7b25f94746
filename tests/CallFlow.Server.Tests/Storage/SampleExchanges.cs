using System.Text.Json;
using CallFlow.Actions.Requests;
using CallFlow.Actions.Serialization;
using CallFlow.AspNetCore.Calls;

namespace CallFlow.Server.Tests.Storage;

/// <summary>Page exchanges as the page pipeline stores them, with unique call ids and app names per test.</summary>
public static class SampleExchanges
{
    /// <summary>A fixed instant the samples count from (whole microseconds, as stored).</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public const string From = "441908273801";

    public const string To = "442071234567";

    public const string Answer = """{"actions":[{"hang_up":{}}],"api_version":"2.0"}""";

    public static string NewCallId() => "c-" + Guid.NewGuid().ToString("N")[..16];

    public static string NewApp() => "app-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>A page request of <paramref name="callId"/> as the platform posts it (the bare instance info).</summary>
    public static string Request(string callId, string? cause = null) =>
        JsonSerializer.Serialize(
            new InstanceInfo
            {
                ApplicationInstanceId = "inst-" + callId,
                ThisCall = new CallInfo { CallId = callId, CallDirection = "in", CallFrom = From, CallTo = To, CallState = cause is null ? "answered" : "idle", CallCause = cause },
            },
            CallFlowJson.Options);

    /// <summary>One answered page of <paramref name="callId"/>.</summary>
    public static PageExchange Page(string app, string callId, string page, DateTimeOffset receivedAt, string? cause = null) => new()
    {
        App = app,
        Page = page,
        CallId = callId,
        ApplicationInstanceId = "inst-" + callId,
        ReceivedAt = receivedAt,
        Method = "POST",
        ContentType = "application/json",
        Request = Request(callId, cause),
        StatusCode = 200,
        Response = Answer,
        ElapsedMicroseconds = 420,
    };

    /// <summary>The first page of <paramref name="callId"/>, from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static PageExchange FirstPageBetween(string app, string callId, DateTimeOffset receivedAt, string from, string to) =>
        Page(app, callId, "first", receivedAt) with { ThisCall = new CallInfo { CallId = callId, CallDirection = "in", CallFrom = from, CallTo = to } };

    /// <summary>A whole call: first page at <paramref name="start"/>, then one page a second, then the final page.</summary>
    public static IReadOnlyList<PageExchange> Call(string app, string callId, DateTimeOffset start, string cause = "completed", params string[] nextPages)
    {
        var pages = new List<PageExchange> { Page(app, callId, "first", start) };
        pages.AddRange(nextPages.Select((page, i) => Page(app, callId, page, start.AddSeconds(i + 1))));
        pages.Add(Page(app, callId, "final", start.AddSeconds(nextPages.Length + 1), cause));
        return pages;
    }

    /// <summary>Stores <paramref name="exchanges"/> one after the other.</summary>
    public static async Task AppendAllAsync(this ICallStore store, IEnumerable<PageExchange> exchanges)
    {
        foreach (var exchange in exchanges)
        {
            await store.AppendAsync(exchange, CancellationToken.None);
        }
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;
using CallFlow.Server.Tests.Infrastructure;

namespace CallFlow.Server.Tests.Logging;

/// <summary>
/// Every page request gets one line with its app and page (in the path), call id, application instance id, status,
/// outcome, trace id and why the app's answer was not sent; the same fields in both formats (the subclasses).
/// </summary>
public abstract class RequestLineTests(LoggedServer server)
{
    private const string Instance = "06e122c3364cc74c.787379";
    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async Task APageTheAppAnsweredIsLoggedAtInformationAsAnswered()
    {
        await _client.PostPageAsync("simple-connect", "first", PageRequests.Inbound("c-line-answered"));

        var line = await LineAsync(l => l.CallId == "c-line-answered");

        Assert.Equal(new RequestLine("Information", "POST", "/apps/simple-connect/first", 200, "answered", "c-line-answered", Instance, line.TraceId, "-"), line);
        Assert.Matches("^[0-9a-f]{32}$", line.TraceId);
    }

    [Fact]
    public async Task APageAnsweredByTheFallbackIsLoggedAtWarningWithTheReason()
    {
        await _client.PostPageAsync("throws", "first", PageRequests.Inbound("c-line-fallback"));

        var line = await LineAsync(l => l.CallId == "c-line-fallback");

        Assert.Equal(("Warning", 200, "fallback", "the page handler threw InvalidOperationException: boom"), (line.Level, line.StatusCode, line.Outcome, line.Reason));
    }

    [Fact]
    public async Task ANotificationIsLoggedAsANotificationAnswered204()
    {
        await _client.PostPageAsync("simple-connect", "first", PageRequests.Notification("c-line-notification"));

        var line = await LineAsync(l => l.CallId == "c-line-notification");

        Assert.Equal(("Information", 204, "notification", "-"), (line.Level, line.StatusCode, line.Outcome, line.Reason));
    }

    [Fact]
    public async Task ARejectedPageRequestIsLoggedAtWarningWithItsStatusAndReason()
    {
        await _client.PostPageAsync("simple-connect", "first", "{", "application/json");

        var line = await LineAsync(l => l.StatusCode == 400);

        Assert.Equal(new RequestLine("Warning", "POST", "/apps/simple-connect/first", 400, "rejected", "-", "-", line.TraceId, line.Reason), line);
        Assert.StartsWith("The body is not a valid page request", line.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARequestThatIsNotAPageIsLoggedAtDebug()
    {
        await _client.GetAsync("/health");

        var line = await LineAsync(l => l.Path == "/health");

        Assert.Equal(("Debug", "other", "-"), (line.Level, line.Outcome, line.CallId));
    }

    /// <summary>Reads the fields back from one line of the server's format.</summary>
    protected abstract RequestLine? Read(string line);

    private async Task<RequestLine> LineAsync(Func<RequestLine, bool> match)
    {
        var line = await server.Log.WaitForLineAsync(server.Format, l => Read(l) is { } fields && match(fields));
        return Read(line)!;
    }
}

public sealed partial class TextRequestLineTests(LoggedServer server) : RequestLineTests(server), IClassFixture<LoggedServer>
{
    private static readonly Dictionary<string, string> Levels = new() { ["DBG"] = "Debug", ["INF"] = "Information", ["WRN"] = "Warning", ["ERR"] = "Error" };

    protected override RequestLine? Read(string line) => TextLine().Match(line) is { Success: true } m
        ? new RequestLine(Levels[m.Groups["level"].Value], m.Groups["method"].Value, m.Groups["path"].Value, int.Parse(m.Groups["status"].Value),
            m.Groups["outcome"].Value, m.Groups["call"].Value, m.Groups["instance"].Value, m.Groups["trace"].Value, m.Groups["reason"].Value)
        : null;

    [GeneratedRegex(@"^\[\d\d:\d\d:\d\d\.\d{3} (?<level>[A-Z]{3})\] Serilog\.AspNetCore\.RequestLoggingMiddleware: (?<method>\S+) (?<path>\S+) answered (?<status>\d+) in \d+\.\d{3} ms: (?<outcome>\w+), call (?<call>\S+), instance (?<instance>\S+), trace (?<trace>\S+), reason (?<reason>.*)\r?\n$")]
    private static partial Regex TextLine();
}

public sealed class JsonRequestLineTests(JsonLoggedServer server) : RequestLineTests(server), IClassFixture<JsonLoggedServer>
{
    protected override RequestLine? Read(string line)
    {
        using var json = JsonDocument.Parse(line);
        var e = json.RootElement;
        if (!e.TryGetProperty("Outcome", out var outcome))
        {
            return null;
        }

        // Compact JSON leaves out the level when it is Information, and keeps the trace id as @tr.
        var level = e.TryGetProperty("@l", out var l) ? l.GetString()! : "Information";
        Assert.Equal(e.GetProperty("@tr").GetString(), e.GetProperty("TraceId").GetString());
        return new RequestLine(level, e.GetProperty("RequestMethod").GetString()!, e.GetProperty("RequestPath").GetString()!, e.GetProperty("StatusCode").GetInt32(),
            outcome.GetString()!, e.GetProperty("CallId").GetString()!, e.GetProperty("ApplicationInstanceId").GetString()!, e.GetProperty("TraceId").GetString()!,
            e.GetProperty("Reason").GetString()!);
    }
}

using System.Globalization;
using CallFlow.Actions.Recordings;
using CallFlow.Cli.Http;

namespace CallFlow.Cli.Replay;

/// <summary>
/// Sends a recording's requests in order, exactly as recorded, and compares each answer with the recorded one as JSON
/// trees (property order and number spelling aside). Problem details are compared on the properties the recording
/// gives only, so trace ids need not match.
/// </summary>
public sealed class RecordingReplayer
{
    private readonly HttpClient _http;
    private readonly PageCredentials? _credentials;
    private readonly TimeSpan _timeout;

    /// <summary>Creates a replayer that sends with <paramref name="http"/>, giving each page <paramref name="timeout"/> to answer.</summary>
    public RecordingReplayer(HttpClient http, PageCredentials? credentials, TimeSpan timeout)
    {
        _http = http;
        _credentials = credentials;
        _timeout = timeout;
    }

    /// <summary>
    /// The URL a recording's pages are relative to: <paramref name="url"/> itself when it already ends with
    /// <c>/apps/{app}</c>, else the app's URL on the server at <paramref name="url"/>.
    /// </summary>
    public static Uri AppUrl(Uri url, string app)
    {
        var path = url.AbsolutePath.TrimEnd('/');
        var appPath = "/apps/" + Uri.EscapeDataString(app);
        var basePath = path.EndsWith(appPath, StringComparison.Ordinal) ? path : path + appPath;
        return new UriBuilder(url) { Path = basePath + "/", Query = "" }.Uri;
    }

    /// <summary>Replays every exchange of <paramref name="recording"/> against the server or app at <paramref name="url"/>.</summary>
    /// <exception cref="HttpRequestException">The server could not be reached.</exception>
    public async Task<IReadOnlyList<ExchangeOutcome>> ReplayAsync(Recording recording, Uri url, CancellationToken cancellationToken = default)
    {
        var appUrl = AppUrl(url, recording.App);
        var outcomes = new List<ExchangeOutcome>();
        for (var i = 0; i < recording.Exchanges.Count; i++)
        {
            var exchange = recording.Exchanges[i];
            var request = exchange.RequestText ?? JsonBodies.OneLine(exchange.Request?.GetRawText()) ?? "";
            try
            {
                var reply = await PageHttp.SendAsync(
                    _http, exchange.Method, new Uri(appUrl, exchange.Page), request, exchange.ContentType, _credentials, _timeout, cancellationToken);
                outcomes.Add(new ExchangeOutcome(i, exchange, reply.Status, Compare(exchange, reply)));
            }
            catch (TimeoutException timeout)
            {
                outcomes.Add(new ExchangeOutcome(i, exchange, null, [new JsonDifference("status", exchange.ExpectedStatus.ToString(CultureInfo.InvariantCulture), timeout.Message)]));
            }
        }

        return outcomes;
    }

    private static IReadOnlyList<JsonDifference> Compare(RecordedExchange exchange, PageReply reply)
    {
        var differences = new List<JsonDifference>();
        if (reply.Status != exchange.ExpectedStatus)
        {
            differences.Add(new JsonDifference("status", exchange.ExpectedStatus.ToString(CultureInfo.InvariantCulture), reply.Status.ToString(CultureInfo.InvariantCulture)));
        }

        if (exchange.ExpectedResponse is not { } expected)
        {
            return differences;
        }

        if (!JsonBodies.TryParse(reply.Body, out var body))
        {
            differences.Add(new JsonDifference("$", expected.GetRawText(), reply.Body.Length == 0 ? null : $"a body that is not JSON: {Shorten(reply.Body)}"));
            return differences;
        }

        var actual = JsonBodies.ToElement(body);
        var found = exchange.ExpectedStatus >= 400 ? JsonTreeComparer.CompareSubset(expected, actual) : JsonTreeComparer.Compare(expected, actual);
        differences.AddRange(found.Select(difference => difference with { Expected = JsonBodies.OneLine(difference.Expected), Actual = JsonBodies.OneLine(difference.Actual) }));
        return differences;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "...";
}

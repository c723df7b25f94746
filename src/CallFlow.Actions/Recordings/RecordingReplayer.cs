using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CallFlow.Actions.Recordings;

/// <summary>
/// Sends a recording's page requests, in order, to a server and compares each answer with the recorded one as a JSON
/// tree. Used by the integration tests and <c>callflow replay</c>, so both judge a recording the same way. By default a
/// replay is a new call (<see cref="ReplayCallIds.Fresh"/>), so replaying a recording taken from a server's call history
/// against that server does not add its pages to the recorded call.
/// </summary>
public sealed class RecordingReplayer
{
    private const string ProblemContentType = "application/problem+json";
    private const string FormContentType = "application/x-www-form-urlencoded";
    private readonly HttpClient _client;
    private readonly Uri _serverUrl;
    private readonly ReplayCallIds _callIds;

    /// <summary>Replays against the server at <paramref name="serverUrl"/> (pages are at <c>{serverUrl}/apps/{app}/{page}</c>).</summary>
    public RecordingReplayer(HttpClient client, Uri serverUrl, ReplayCallIds callIds = ReplayCallIds.Fresh)
    {
        _client = client;
        _callIds = callIds;
        _serverUrl = serverUrl.AbsoluteUri.EndsWith('/') ? serverUrl : new Uri(serverUrl.AbsoluteUri + "/");
    }

    /// <summary>Replays every exchange and reports each outcome.</summary>
    public async Task<IReadOnlyList<ExchangeOutcome>> ReplayAsync(Recording recording, CancellationToken cancellationToken = default)
    {
        var identity = _callIds == ReplayCallIds.Fresh ? new ReplayIdentity() : null;
        var outcomes = new List<ExchangeOutcome>(recording.Exchanges.Count);
        for (var i = 0; i < recording.Exchanges.Count; i++)
        {
            outcomes.Add(await ReplayAsync(i, recording.App, recording.Exchanges[i], identity, cancellationToken));
        }

        return outcomes;
    }

    private async Task<ExchangeOutcome> ReplayAsync(int index, string app, RecordedExchange exchange, ReplayIdentity? identity, CancellationToken cancellationToken)
    {
        using var request = BuildRequest(app, exchange, identity);
        using var response = await _client.SendAsync(request, cancellationToken);
        var sent = await response.Content.ReadAsStringAsync(cancellationToken);
        var body = identity is null ? sent : identity.Restore(sent);
        var differences = exchange.ExpectedResponse is { } expected
            ? CompareBody(expected, body, response.Content.Headers.ContentType?.MediaType)
            : [];
        return new ExchangeOutcome(index, exchange.Page, exchange.ExpectedStatus, (int)response.StatusCode, differences);
    }

    /// <summary>The HTTP request a recorded exchange describes, with the ids as recorded.</summary>
    public HttpRequestMessage BuildRequest(string app, RecordedExchange exchange) => BuildRequest(app, exchange, null);

    private HttpRequestMessage BuildRequest(string app, RecordedExchange exchange, ReplayIdentity? identity)
    {
        // A page is resolved like the platform resolves a next_page: relative to the app, so "../conference/first"
        // (a call that moved to another app) reaches that app's page.
        var appUrl = new Uri(_serverUrl, $"apps/{Uri.EscapeDataString(app)}/");
        var pageUrl = new Uri(appUrl, exchange.Page);
        var request = exchange.Request is { } json ? identity?.Rewrite(json) ?? json.GetRawText() : null;
        var payload = exchange.RequestText ?? request;
        if (string.Equals(exchange.Method, "GET", StringComparison.OrdinalIgnoreCase))
        {
            var query = payload is null ? "" : "?instance_info=" + Uri.EscapeDataString(payload);
            return new HttpRequestMessage(HttpMethod.Get, pageUrl + query);
        }

        var message = new HttpRequestMessage(new HttpMethod(exchange.Method), pageUrl);
        if (payload is not null)
        {
            // A form-encoded request is recorded by its instance_info text and sent again as that form field.
            var form = exchange.RequestText is null && IsForm(exchange.ContentType);
            message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(form ? "instance_info=" + Uri.EscapeDataString(payload) : payload));
            if (exchange.ContentType != "")
            {
                // Sent unchecked: a recording from the call history replays even the odd content types that were received.
                message.Content.Headers.TryAddWithoutValidation("Content-Type", exchange.ContentType ?? "application/json");
            }
        }

        return message;
    }

    private static bool IsForm(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var media)
        && string.Equals(media.MediaType, FormContentType, StringComparison.OrdinalIgnoreCase);

    private static IReadOnlyList<JsonDifference> CompareBody(JsonElement expected, string body, string? mediaType)
    {
        JsonElement actual;
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrEmpty(body) ? "null" : body);
            actual = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return [new JsonDifference("$", expected.GetRawText(), body)];
        }

        // Problem details carry trace ids and wording a recording need not pin: only the properties it gives are compared.
        return mediaType == ProblemContentType ? JsonTreeComparer.CompareSubset(expected, actual) : JsonTreeComparer.Compare(expected, actual);
    }
}

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CallFlow.Actions.Recordings;

/// <summary>
/// Sends a recording's page requests, in order, to a server and compares each answer with the recorded one as a JSON
/// tree. Used by the integration tests and <c>callflow replay</c>, so both judge a recording the same way.
/// </summary>
public sealed class RecordingReplayer
{
    private const string ProblemContentType = "application/problem+json";
    private readonly HttpClient _client;
    private readonly Uri _serverUrl;

    /// <summary>Replays against the server at <paramref name="serverUrl"/> (pages are at <c>{serverUrl}/apps/{app}/{page}</c>).</summary>
    public RecordingReplayer(HttpClient client, Uri serverUrl)
    {
        _client = client;
        _serverUrl = serverUrl.AbsoluteUri.EndsWith('/') ? serverUrl : new Uri(serverUrl.AbsoluteUri + "/");
    }

    /// <summary>Replays every exchange and reports each outcome.</summary>
    public async Task<IReadOnlyList<ExchangeOutcome>> ReplayAsync(Recording recording, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<ExchangeOutcome>(recording.Exchanges.Count);
        for (var i = 0; i < recording.Exchanges.Count; i++)
        {
            outcomes.Add(await ReplayAsync(i, recording.App, recording.Exchanges[i], cancellationToken));
        }

        return outcomes;
    }

    private async Task<ExchangeOutcome> ReplayAsync(int index, string app, RecordedExchange exchange, CancellationToken cancellationToken)
    {
        using var request = BuildRequest(app, exchange);
        using var response = await _client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var differences = exchange.ExpectedResponse is { } expected
            ? CompareBody(expected, body, response.Content.Headers.ContentType?.MediaType)
            : [];
        return new ExchangeOutcome(index, exchange.Page, exchange.ExpectedStatus, (int)response.StatusCode, differences);
    }

    /// <summary>The HTTP request a recorded exchange describes.</summary>
    public HttpRequestMessage BuildRequest(string app, RecordedExchange exchange)
    {
        // A page is resolved like the platform resolves a next_page: relative to the app, so "../conference/first"
        // (a call that moved to another app) reaches that app's page.
        var appUrl = new Uri(_serverUrl, $"apps/{Uri.EscapeDataString(app)}/");
        var pageUrl = new Uri(appUrl, exchange.Page);
        var payload = exchange.RequestText ?? exchange.Request?.GetRawText();
        if (string.Equals(exchange.Method, "GET", StringComparison.OrdinalIgnoreCase))
        {
            var query = payload is null ? "" : "?instance_info=" + Uri.EscapeDataString(payload);
            return new HttpRequestMessage(HttpMethod.Get, pageUrl + query);
        }

        var message = new HttpRequestMessage(new HttpMethod(exchange.Method), pageUrl);
        if (payload is not null)
        {
            message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(payload));
            if (exchange.ContentType != "")
            {
                message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(exchange.ContentType ?? "application/json");
            }
        }

        return message;
    }

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

using System.Collections.Concurrent;

namespace CallFlow.Server.Tests.Reliability;

/// <summary>
/// Sends hostile requests over real connections and sorts the answers: a 2xx, or a 4xx problem details
/// (<c>application/problem+json</c>), is a pass (and so is Kestrel's own empty 400 for what it refuses before the app,
/// see <see cref="HostileCase.RefusedByKestrel"/>); so are, from the inspector, one of its own HTML pages with a 4xx
/// and the redirect to its sign-in page. A 5xx, any other 4xx body, or a dropped connection is a failure.
/// <paramref name="cookie"/>, when given, is sent with every request (an inspector session).
/// </summary>
public sealed class HostileRunner(Uri baseAddress, string? apiKey = null, string? cookie = null)
{
    private const int Parallelism = 4;

    /// <summary>How many cases were sent so far.</summary>
    public int CasesTried => _tried;

    private int _tried;

    /// <summary>Sends every case; answers the failures, described.</summary>
    public async Task<IReadOnlyList<string>> RunAsync(IEnumerable<HostileCase> cases)
    {
        var failures = new ConcurrentQueue<string>();
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (hostile, _) =>
        {
            Interlocked.Increment(ref _tried);
            if (await FailureOfAsync(client, hostile) is { } failure)
            {
                failures.Enqueue(failure);
            }
        });
        return failures.ToList();
    }

    private async Task<string?> FailureOfAsync(HttpClient client, HostileCase hostile)
    {
        try
        {
            using var request = hostile.ToRequest(baseAddress, apiKey);
            if (cookie is not null)
            {
                request.Headers.TryAddWithoutValidation("Cookie", cookie);
            }

            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync();
            return status switch
            {
                >= 200 and < 300 => null,
                400 when hostile.RefusedByKestrel && body.Length == 0 => null,
                >= 400 and < 500 when response.Content.Headers.ContentType?.MediaType == "application/problem+json" => null,
                >= 400 and < 500 when response.Content.Headers.ContentType?.MediaType == "text/html" && body.Contains("CallFlow inspector", StringComparison.Ordinal) => null,
                302 when response.Headers.Location?.OriginalString == "/inspector/sign-in" => null,
                _ => $"{hostile} => {status} {response.Content.Headers.ContentType?.MediaType ?? "(no content type)"} {Truncate(body)}",
            };
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or TaskCanceledException)
        {
            return $"{hostile} => no answer ({exception.GetType().Name}: {exception.Message})";
        }
    }

    private static string Truncate(string text) => text.Length > 300 ? text[..300] + "..." : text;
}

using System.Text;

namespace CallFlow.Simulator.Http;

/// <summary>
/// Sends one page request the way the platform does: POST with the JSON body,
/// or GET with the JSON in the <c>instance_info</c> query parameter; HTTP Basic when credentials are given; bounded in time.
/// </summary>
internal static class PageHttp
{
    /// <summary>The method value for GET page requests.</summary>
    public const string Get = "GET";

    /// <summary>Sends <paramref name="request"/> to <paramref name="page"/> and reads the whole answer.</summary>
    /// <exception cref="TimeoutException">The page did not answer within <paramref name="timeout"/>.</exception>
    /// <exception cref="HttpRequestException">The server could not be reached.</exception>
    public static async Task<PageReply> SendAsync(
        HttpClient http, string method, Uri page, string request, PageCredentials? credentials, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var message = Build(method, page, request);
        if (credentials is not null)
        {
            message.Headers.Authorization = credentials.ToHeader();
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var response = await http.SendAsync(message, deadline.Token);
            var body = await response.Content.ReadAsStringAsync(deadline.Token);
            return new PageReply((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{page} did not answer within {timeout.TotalSeconds:0.#} s");
        }
    }

    private static HttpRequestMessage Build(string method, Uri page, string request)
    {
        if (string.Equals(method, Get, StringComparison.OrdinalIgnoreCase))
        {
            var url = new UriBuilder(page);
            var parameter = "instance_info=" + Uri.EscapeDataString(request);
            url.Query = string.IsNullOrEmpty(url.Query) ? parameter : $"{url.Query.TrimStart('?')}&{parameter}";
            return new HttpRequestMessage(HttpMethod.Get, url.Uri);
        }

        return new HttpRequestMessage(HttpMethod.Post, page)
        {
            Content = new StringContent(request, Encoding.UTF8, "application/json"),
        };
    }
}

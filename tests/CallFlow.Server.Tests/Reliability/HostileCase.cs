using System.Net.Http.Headers;

namespace CallFlow.Server.Tests.Reliability;

/// <summary>
/// One hostile request: what it is (for the failure message), its method, its path and query exactly as sent, and an
/// optional body with its content type (null: none) or sent chunked (no Content-Length).
/// </summary>
public sealed record HostileCase(string Description, HttpMethod Method, string PathAndQuery, byte[]? Body = null, string? ContentType = null, bool Chunked = false)
{
    /// <summary>
    /// Whether Kestrel itself refuses the request before any CallFlow code runs, with an empty 400: it does so for a
    /// path that decodes to a NUL character. That answer is right, and no middleware can turn it into problem details.
    /// </summary>
    public bool RefusedByKestrel => PathAndQuery.Split('?')[0].Contains("%00", StringComparison.Ordinal);

    /// <summary>The request, with the admin API key when <paramref name="apiKey"/> is given.</summary>
    public HttpRequestMessage ToRequest(Uri baseAddress, string? apiKey)
    {
        var request = new HttpRequestMessage(Method, new Uri(baseAddress, PathAndQuery));
        if (apiKey is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Api-Key", apiKey);
        }

        if (Body is not null)
        {
            HttpContent content = Chunked ? new StreamContent(new MemoryStream(Body)) : new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }

            request.Content = content;
            if (Chunked)
            {
                request.Headers.TransferEncodingChunked = true;
            }
            else
            {
                content.Headers.ContentLength = Body.Length;
            }
        }

        return request;
    }

    public override string ToString()
    {
        var path = PathAndQuery.Length > 120 ? PathAndQuery[..120] + $"...({PathAndQuery.Length} chars)" : PathAndQuery;
        return $"{Description}: {Method} {path} [{ContentType ?? "no content type"}, {Body?.Length.ToString() ?? "no"} bytes{(Chunked ? ", chunked" : "")}]";
    }
}

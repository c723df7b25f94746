using CallFlow.Actions.Parts;

namespace CallFlow.Simulator;

/// <summary>A page to request: its absolute URL and the HTTP method.</summary>
internal sealed record PageAddress(Uri Url, string Method)
{
    /// <summary>A page requested with POST, the platform's default.</summary>
    public static PageAddress Post(Uri url) => new(url, WebPageRequest.Post);

    /// <summary>Resolves a web page request against the page being processed, as the platform does.</summary>
    public static PageAddress Resolve(Uri currentPage, WebPageRequest request) =>
        new(new Uri(currentPage, request.Url), request.Method ?? WebPageRequest.Post);
}

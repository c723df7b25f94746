using System.Text.Json.Serialization;
using CallFlow.Actions.Serialization;

namespace CallFlow.Actions.Parts;

/// <summary>
/// A page for the platform to request: <c>{"url": "...", "method": "POST"}</c>. Read from that object
/// or from a plain string (<c>"connectNextPage"</c>); always written as the object.
/// A relative URL is resolved by the platform against the page being processed.
/// </summary>
[JsonConverter(typeof(WebPageRequestConverter))]
public sealed class WebPageRequest : WireObject
{
    /// <summary>The method value for HTTP GET.</summary>
    public const string Get = "GET";

    /// <summary>The method value for HTTP POST.</summary>
    public const string Post = "POST";

    /// <summary>Requests <paramref name="url"/> with the platform's default method (POST).</summary>
    public WebPageRequest(string url) => Url = url;

    /// <summary>Requests <paramref name="url"/> with <paramref name="method"/> (<c>GET</c> or <c>POST</c>).</summary>
    public WebPageRequest(string url, string method)
    {
        Url = url;
        Method = method;
    }

    /// <summary><c>url</c> (required): the address of the page, absolute or relative to the current page.</summary>
    public string Url { get; set; }

    /// <summary><c>method</c>: <c>GET</c> or <c>POST</c>. Platform default: POST.</summary>
    public string? Method { get; set; }

    /// <summary>Lets a page be given as its URL: <c>NextPage = "connected"</c>.</summary>
    public static implicit operator WebPageRequest(string url) => new(url);

    /// <inheritdoc />
    public override string ToString() => Method is null ? Url : $"{Method} {Url}";
}

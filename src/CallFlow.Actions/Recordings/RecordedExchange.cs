using System.Text.Json;

namespace CallFlow.Actions.Recordings;

/// <summary>One page request of a recording and the answer expected for it.</summary>
public sealed class RecordedExchange : WireObject
{
    /// <summary><c>page</c>: the page name (<c>first</c>, <c>final</c>, <c>error</c> or a next page), as in <c>/apps/{app}/{page}</c>.</summary>
    public string Page { get; set; } = "";

    /// <summary><c>method</c>: <c>POST</c> (default) or <c>GET</c>; a GET sends the request as the <c>instance_info</c> query parameter.</summary>
    public string Method { get; set; } = "POST";

    /// <summary>
    /// <c>content_type</c>: the request's content type, sent as is; <c>""</c> sends none. Default: <c>application/json</c>
    /// for a POST. With <c>application/x-www-form-urlencoded</c>, <see cref="Request"/> is sent as the form's <c>instance_info</c> field.
    /// </summary>
    public string? ContentType { get; set; }

    /// <summary><c>request</c>: the page request as JSON: the bare instance info object as the platform posts it (a wrapped one is sent as it is).</summary>
    public JsonElement? Request { get; set; }

    /// <summary><c>request_text</c>: a raw request body sent as is instead of <see cref="Request"/> (malformed input, form bodies).</summary>
    public string? RequestText { get; set; }

    /// <summary><c>expected_status</c>: the HTTP status expected.</summary>
    public int ExpectedStatus { get; set; } = 200;

    /// <summary>
    /// <c>expected_response</c>: the JSON expected back, compared as a tree. For problem details only the
    /// properties given here are compared, so a recording need not pin trace ids.
    /// </summary>
    public JsonElement? ExpectedResponse { get; set; }

    /// <summary><c>received_at</c>: when the exchange happened, for recordings taken from the call history.</summary>
    public DateTimeOffset? ReceivedAt { get; set; }
}

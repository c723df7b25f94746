using System.Text.Json.Serialization;
using CallFlow.Actions.Serialization;

namespace CallFlow.Actions.Requests;

/// <summary>
/// <c>error_result</c> of an error page request (assumed shape <c>{"action": "...", "result": "text"}</c>;
/// a non-string <c>result</c> is kept as its JSON text).
/// </summary>
[JsonConverter(typeof(ErrorResultConverter))]
public sealed class ErrorResult : WireObject
{
    /// <summary><c>action</c>: the action that failed, when the platform knows it.</summary>
    public string? Action { get; set; }

    /// <summary><c>result</c>: what went wrong, in the platform's words.</summary>
    public string? Result { get; set; }
}

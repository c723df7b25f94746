using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallFlow.Actions.Results;

/// <summary>The result of an action without a typed result, or of an action this model does not know: kept as raw JSON.</summary>
public sealed class RawActionResult : ActionResult
{
    /// <summary><c>result</c> exactly as sent, or null when there was none.</summary>
    [JsonIgnore]
    public JsonElement? Result { get; set; }
}

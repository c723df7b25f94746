using System.Text.Json;
using System.Text.Json.Serialization;
using CallFlow.Actions.Serialization;

namespace CallFlow.Actions.Results;

/// <summary>
/// The outcome of the action that named a next page, sent with that page's request:
/// <c>{"action": "connect", "result": {...}}</c>, or <c>{"action": "get_input", "interrupted": true}</c> for an action
/// the <c>rest_interrupt</c> web service cut short.
/// The concrete type follows <see cref="Action"/>: <see cref="ConnectResult"/>, <see cref="GetNumberResult"/> and so on,
/// or <see cref="RawActionResult"/> for an action without a typed result.
/// </summary>
[JsonConverter(typeof(ActionResultConverter))]
public abstract class ActionResult : WireObject
{
    /// <summary>Creates a result; a typed result starts out naming its own action (<c>connect</c> for a <see cref="ConnectResult"/>), so one built in code is written with the right discriminator.</summary>
    protected ActionResult() => Action = ActionRegistry.NameOfResult(GetType()) ?? "";

    /// <summary><c>action</c>: the wire name of the action that finished.</summary>
    [JsonIgnore]
    public string Action { get; set; }

    /// <summary><c>interrupted</c>: whether the action was cut short; then the platform sends no <c>result</c>.</summary>
    [JsonIgnore]
    public bool Interrupted { get; set; }

    /// <summary>
    /// The unknown properties beside <c>action</c>, <c>interrupted</c> and <c>result</c>, kept and written back there;
    /// <see cref="WireObject.UnknownProperties"/> holds those inside a typed <c>result</c>.
    /// </summary>
    [JsonIgnore]
    public Dictionary<string, JsonElement>? UnknownOuterProperties { get; set; }
}

using System.Text.Json.Serialization;
using CallFlow.Actions.Serialization;

namespace CallFlow.Actions.Verbs;

/// <summary>
/// An action the platform runs on a live call. On the wire every action is a one-key object:
/// the key is the action's <see cref="ActionName"/> and the value holds its properties,
/// for example <c>{"connect": {"destinations": ["441908273800"]}}</c>.
/// </summary>
[JsonConverter(typeof(TelephonyActionConverter))]
public abstract class TelephonyAction : WireObject
{
    /// <summary>The action's wire name (<c>play</c>, <c>connect</c>, ...), the key of its one-key object.</summary>
    [JsonIgnore]
    public virtual string ActionName => ActionRegistry.ForType(GetType()).Name;
}

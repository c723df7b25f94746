using System.Text.Json;

namespace CallFlow.Actions.Verbs;

/// <summary>
/// An action whose name this model does not know (a newer platform action). Its properties are kept
/// as raw JSON so that reading and writing it again changes nothing.
/// </summary>
public sealed class UnknownAction : TelephonyAction
{
    /// <summary>Creates an unknown action from its wire name and raw properties.</summary>
    public UnknownAction(string name, JsonElement properties)
    {
        Name = name;
        Properties = properties;
    }

    /// <summary>The action's wire name, as read.</summary>
    public string Name { get; }

    /// <summary>The action's properties, exactly as read.</summary>
    public JsonElement Properties { get; }

    /// <inheritdoc />
    public override string ActionName => Name;
}

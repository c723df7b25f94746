using System.Text.Json;

namespace CallFlow.Actions.Serialization;

/// <summary>One known action: its wire name, its model type and the type of its action result, if it has one.</summary>
public sealed class ActionDescriptor
{
    internal ActionDescriptor(string name, Type actionType, Type? resultType)
    {
        Name = name;
        EncodedName = JsonEncodedText.Encode(name);
        ActionType = actionType;
        ResultType = resultType;
    }

    /// <summary>The wire name, e.g. <c>connect_to_conference</c>.</summary>
    public string Name { get; }

    /// <summary>The wire name, pre-encoded for fast reading and writing.</summary>
    public JsonEncodedText EncodedName { get; }

    /// <summary>The model type, e.g. <see cref="Verbs.ConnectToConference"/>.</summary>
    public Type ActionType { get; }

    /// <summary>The typed action result, or null when the action's result is read as raw JSON.</summary>
    public Type? ResultType { get; }
}

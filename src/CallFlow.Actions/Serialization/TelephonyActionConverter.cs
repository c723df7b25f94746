using System.Text.Json;
using System.Text.Json.Serialization;
using CallFlow.Actions.Verbs;

namespace CallFlow.Actions.Serialization;

/// <summary>
/// Reads and writes an action as a one-key object <c>{"name": {properties}}</c>. Exactly one key is allowed.
/// A name the registry does not know becomes an <see cref="UnknownAction"/> that is written back unchanged
/// (<see cref="UnknownNames"/> reports it in files people write).
/// An error inside the properties is reported at the action (<c>$.actions[1]</c>) with its place inside it leading the message
/// (<c>connect.hold_media.play.play_list[0]: ...</c>), see <see cref="NestedJson"/>.
/// </summary>
public sealed class TelephonyActionConverter : JsonConverter<TelephonyAction>
{
    /// <inheritdoc />
    public override TelephonyAction Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadAction(ref reader, options);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TelephonyAction value, JsonSerializerOptions options) => WriteAction(writer, value, options);

    internal static TelephonyAction ReadAction(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"An action must be a one-key object such as {{\"hang_up\": {{}}}}, not {Describe(reader.TokenType)}.");
        }

        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            throw new JsonException($"An action object must have exactly one key, the action name; this one has none. Known actions: {ActionRegistry.KnownNames}.");
        }

        var action = ActionRegistry.TryGet(ref reader, out var descriptor)
            ? ReadKnown(ref reader, descriptor, options)
            : ReadUnknown(ref reader);

        reader.Read();
        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw new JsonException($"An action object must have exactly one key, the action name; \"{action.ActionName}\" is followed by \"{reader.GetString()}\".");
        }

        return action;
    }

    internal static void WriteAction(Utf8JsonWriter writer, TelephonyAction value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value is UnknownAction unknown)
        {
            writer.WritePropertyName(unknown.Name);
            unknown.Properties.WriteTo(writer);
        }
        else
        {
            var descriptor = ActionRegistry.ForType(value.GetType());
            writer.WritePropertyName(descriptor.EncodedName);
            JsonSerializer.Serialize(writer, value, options.GetTypeInfo(descriptor.ActionType));
        }

        writer.WriteEndObject();
    }

    private static TelephonyAction ReadKnown(ref Utf8JsonReader reader, ActionDescriptor descriptor, JsonSerializerOptions options)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"The value of \"{descriptor.Name}\" must be an object holding its properties, not {Describe(reader.TokenType)}.");
        }

        return (TelephonyAction)NestedJson.Deserialize(ref reader, options.GetTypeInfo(descriptor.ActionType), descriptor.Name)!;
    }

    private static UnknownAction ReadUnknown(ref Utf8JsonReader reader)
    {
        var name = reader.GetString()!;
        reader.Read();
        return new UnknownAction(name, JsonElement.ParseValue(ref reader));
    }

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}

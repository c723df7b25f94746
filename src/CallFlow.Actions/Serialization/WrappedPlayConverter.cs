using System.Text.Json;
using System.Text.Json.Serialization;
using CallFlow.Actions.Verbs;

namespace CallFlow.Actions.Serialization;

/// <summary>
/// Reads and writes a property that holds a play action (<c>hold_media</c>, <c>prompt</c>, join messages...):
/// like any action it is a one-key object, <c>{"play": {...}}</c>, and it must be a play.
/// </summary>
public sealed class WrappedPlayConverter : JsonConverter<Play>
{
    /// <inheritdoc />
    public override Play Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadPlay(ref reader, options);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Play value, JsonSerializerOptions options) =>
        TelephonyActionConverter.WriteAction(writer, value, options);

    internal static Play ReadPlay(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        TelephonyActionConverter.ReadAction(ref reader, options) as Play
            ?? throw new JsonException("Expected a play action here, such as {\"play\": {\"play_list\": [{\"text_to_say\": \"Hello\"}]}}.");
}

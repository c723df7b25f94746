using System.Text.Json;
using System.Text.Json.Serialization;
using CallFlow.Actions.Media;

namespace CallFlow.Actions.Serialization;

/// <summary>
/// Reads a play list item as <see cref="TextToSay"/>, <see cref="FileToPlay"/> or <see cref="DigitsToPlay"/>
/// by which one of <c>text_to_say</c>, <c>file_to_play</c> or <c>digits_to_play</c> it holds (exactly one).
/// </summary>
public sealed class MediaItemConverter : JsonConverter<MediaItem>
{
    internal static readonly (JsonEncodedText Key, Type Type)[] Kinds =
    [
        (JsonEncodedText.Encode(TextToSay.PropertyName), typeof(TextToSay)),
        (JsonEncodedText.Encode(FileToPlay.PropertyName), typeof(FileToPlay)),
        (JsonEncodedText.Encode(DigitsToPlay.PropertyName), typeof(DigitsToPlay)),
    ];

    internal const string KindList = $"{TextToSay.PropertyName}, {FileToPlay.PropertyName} or {DigitsToPlay.PropertyName}";

    /// <inheritdoc />
    public override MediaItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A play list item must be an object holding one of {KindList}, not {TelephonyActionConverter.Describe(reader.TokenType)}.");
        }

        var kind = FindKind(reader);
        return (MediaItem)NestedJson.Deserialize(ref reader, options.GetTypeInfo(kind), "")!;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, MediaItem value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));

    // Scans a copy of the reader so the item can then be read in one pass by its own contract.
    private static Type FindKind(Utf8JsonReader scan)
    {
        Type? kind = null;
        scan.Read();
        while (scan.TokenType == JsonTokenType.PropertyName)
        {
            foreach (var (key, type) in Kinds)
            {
                if (scan.ValueTextEquals(key.EncodedUtf8Bytes))
                {
                    if (kind is not null)
                    {
                        throw new JsonException($"A play list item must hold exactly one of {KindList}; this one holds more.");
                    }

                    kind = type;
                }
            }

            scan.Read();
            scan.Skip();
            scan.Read();
        }

        return kind ?? throw new JsonException($"A play list item must hold one of {KindList}.");
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallFlow.Actions.Serialization;

/// <summary>
/// Reads a key property where the platform gives the empty string a meaning of its own ("none": no end digit, no
/// help digit, no exit digit): a string, kept exactly (<c>""</c> stays <c>""</c>, written back as <c>""</c>, never
/// dropped as unset, which the platform would read as its default key), or a number 0-9. Whether the text is one
/// key is the validators' business.
/// </summary>
public sealed class OptionalKeyConverter : JsonConverter<string?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number when reader.TryGetInt32(out var number) && number is >= 0 and <= 9 => ((char)('0' + number)).ToString(),
        _ => throw new JsonException($"A key must be a one-character string such as \"#\" (or \"\" for none), not {TelephonyActionConverter.Describe(reader.TokenType)}."),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}

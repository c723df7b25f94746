using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallFlow.Actions.Serialization;

/// <summary>
/// Reads a single key digit from a one-character string (<c>"#"</c>) or a number 0-9; an empty string or null means none.
/// Writes the one-character string. Whether the character is a valid key is the validators' business.
/// </summary>
public sealed class OptionalDigitConverter : JsonConverter<char?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override char? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetInt32(out var number) && number is >= 0 and <= 9:
                return (char)('0' + number);
            case JsonTokenType.String:
                var text = reader.GetString()!;
                return text.Length switch
                {
                    0 => null,
                    1 => text[0],
                    _ => throw new JsonException($"A digit must be a single character of 0123456789ABCD#*, not \"{text}\"."),
                };
            default:
                throw new JsonException($"A digit must be a one-character string such as \"#\", not {TelephonyActionConverter.Describe(reader.TokenType)}.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, char? value, JsonSerializerOptions options)
    {
        if (value is { } digit)
        {
            Span<char> one = [digit];
            writer.WriteStringValue(one);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallFlow.Actions.Serialization;

/// <summary>Reads a number sent either as a JSON number or as a string (the platform sends <c>"47.3"</c>); writes a JSON number.</summary>
public sealed class FlexibleDoubleConverter : JsonConverter<double>
{
    /// <inheritdoc />
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.GetDouble();
        }

        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped
            && Utf8Parser.TryParse(reader.ValueSpan, out double value, out var consumed) && consumed == reader.ValueSpan.Length
            && double.IsFinite(value))
        {
            return value;
        }

        throw new JsonException($"Expected a number or a numeric string such as \"47.3\", not {Describe(ref reader)}.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    private static string Describe(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? $"\"{reader.GetString()}\"" : TelephonyActionConverter.Describe(reader.TokenType);
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallFlow.Actions.Serialization;

/// <summary>Reads a boolean sent as <c>true</c>/<c>false</c>, as the strings <c>"true"</c>/<c>"false"</c>, or as 1/0; writes a JSON boolean.</summary>
public sealed class FlexibleBooleanConverter : JsonConverter<bool>
{
    /// <inheritdoc />
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadBoolean(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);

    internal static bool ReadBoolean(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Number when reader.TryGetInt32(out var number) && number is 0 or 1:
                return number == 1;
            case JsonTokenType.String when bool.TryParse(reader.GetString(), out var parsed):
                return parsed;
            default:
                throw new JsonException($"Expected a boolean, not {TelephonyActionConverter.Describe(reader.TokenType)}.");
        }
    }
}

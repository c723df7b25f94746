using System.Text.Json;
using System.Text.Json.Serialization;
using CallFlow.Actions.Results;

namespace CallFlow.Actions.Serialization;

/// <summary>
/// Reads the <c>result</c> of a run_menu. Its key name is assumed (<c>selected_digit</c>); the obvious variant
/// <c>digit</c> is read too. Writes <c>selected_digit</c>.
/// </summary>
public sealed class RunMenuResultConverter : JsonConverter<RunMenuResult>, IKnownPropertyNames
{
    private static readonly JsonEncodedText SelectedDigitKey = JsonEncodedText.Encode("selected_digit");
    private static readonly JsonEncodedText DigitKey = JsonEncodedText.Encode("digit");
    private static readonly OptionalDigitConverter Digits = new();

    IReadOnlyList<string> IKnownPropertyNames.KnownPropertyNames { get; } = [SelectedDigitKey.Value, DigitKey.Value];

    /// <inheritdoc />
    public override RunMenuResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A run_menu result must be an object, not {TelephonyActionConverter.Describe(reader.TokenType)}.");
        }

        var result = new RunMenuResult();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(SelectedDigitKey.EncodedUtf8Bytes) || reader.ValueTextEquals(DigitKey.EncodedUtf8Bytes))
            {
                reader.Read();
                result.SelectedDigit = Digits.Read(ref reader, typeof(char?), options);
            }
            else
            {
                UnknownPropertiesJson.Keep(ref reader, result);
            }
        }

        return result;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, RunMenuResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.SelectedDigit is not null)
        {
            writer.WritePropertyName(SelectedDigitKey);
            Digits.Write(writer, value.SelectedDigit, options);
        }

        UnknownPropertiesJson.Write(writer, value.UnknownProperties);

        writer.WriteEndObject();
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using CallFlow.Actions.Requests;

namespace CallFlow.Actions.Serialization;

/// <summary>
/// Reads <c>error_result</c> (assumed shape <c>{"action": "...", "result": "text"}</c>). A <c>result</c> that is not a
/// string (an object with details, say) is kept as its JSON text so nothing the platform said is lost.
/// </summary>
public sealed class ErrorResultConverter : JsonConverter<ErrorResult>, IKnownPropertyNames
{
    private static readonly JsonEncodedText ActionKey = JsonEncodedText.Encode("action");
    private static readonly JsonEncodedText ResultKey = JsonEncodedText.Encode("result");

    IReadOnlyList<string> IKnownPropertyNames.KnownPropertyNames { get; } = [ActionKey.Value, ResultKey.Value];

    /// <inheritdoc />
    public override ErrorResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new ErrorResult { Result = reader.GetString() };
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"error_result must be an object, not {TelephonyActionConverter.Describe(reader.TokenType)}.");
        }

        var error = new ErrorResult();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(ActionKey.EncodedUtf8Bytes))
            {
                reader.Read();
                error.Action = ReadText(ref reader);
            }
            else if (reader.ValueTextEquals(ResultKey.EncodedUtf8Bytes))
            {
                reader.Read();
                error.Result = ReadText(ref reader);
            }
            else
            {
                UnknownPropertiesJson.Keep(ref reader, error);
            }
        }

        return error;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ErrorResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Action is not null)
        {
            writer.WriteString(ActionKey, value.Action);
        }

        if (value.Result is not null)
        {
            writer.WriteString(ResultKey, value.Result);
        }

        UnknownPropertiesJson.Write(writer, value.UnknownProperties);

        writer.WriteEndObject();
    }

    private static string? ReadText(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => JsonElement.ParseValue(ref reader).GetRawText(),
    };
}

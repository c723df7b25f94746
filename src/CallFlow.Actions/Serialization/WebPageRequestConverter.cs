using System.Text.Json;
using System.Text.Json.Serialization;
using CallFlow.Actions.Parts;

namespace CallFlow.Actions.Serialization;

/// <summary>Reads a web page request from a plain string or a <c>{"url", "method"}</c> object (other properties kept); always writes the object.</summary>
public sealed class WebPageRequestConverter : JsonConverter<WebPageRequest>, IKnownPropertyNames
{
    private static readonly JsonEncodedText UrlKey = JsonEncodedText.Encode("url");
    private static readonly JsonEncodedText MethodKey = JsonEncodedText.Encode("method");

    IReadOnlyList<string> IKnownPropertyNames.KnownPropertyNames { get; } = [UrlKey.Value, MethodKey.Value];

    /// <inheritdoc />
    public override WebPageRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new WebPageRequest(reader.GetString()!);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A web page request must be a URL string or an object {{\"url\": \"...\", \"method\": \"POST\"}}, not {TelephonyActionConverter.Describe(reader.TokenType)}.");
        }

        string? url = null;
        string? method = null;
        Dictionary<string, JsonElement>? unknown = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(UrlKey.EncodedUtf8Bytes))
            {
                url = ReadString(ref reader, "url");
            }
            else if (reader.ValueTextEquals(MethodKey.EncodedUtf8Bytes))
            {
                method = ReadString(ref reader, "method");
            }
            else
            {
                UnknownPropertiesJson.Keep(ref reader, ref unknown);
            }
        }

        if (url is null)
        {
            throw new JsonException("A web page request object needs a \"url\".");
        }

        return new WebPageRequest(url) { Method = method, UnknownProperties = unknown };
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, WebPageRequest value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(UrlKey, value.Url);
        if (value.Method is not null)
        {
            writer.WriteString(MethodKey, value.Method);
        }

        UnknownPropertiesJson.Write(writer, value.UnknownProperties);

        writer.WriteEndObject();
    }

    private static string? ReadString(ref Utf8JsonReader reader, string name)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw new JsonException($"\"{name}\" of a web page request must be a string, not {TelephonyActionConverter.Describe(reader.TokenType)}."),
        };
    }
}

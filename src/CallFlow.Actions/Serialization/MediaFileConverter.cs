using System.Text.Json;
using System.Text.Json.Serialization;
using CallFlow.Actions.Parts;

namespace CallFlow.Actions.Serialization;

/// <summary>Reads a media file from a file name string or a web page request object; writes it back in the form it has.</summary>
public sealed class MediaFileConverter : JsonConverter<MediaFile>
{
    private static readonly WebPageRequestConverter WebPages = new();

    /// <inheritdoc />
    public override MediaFile Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => new MediaFile(reader.GetString()!),
        JsonTokenType.StartObject => new MediaFile(WebPages.Read(ref reader, typeof(WebPageRequest), options)),
        _ => throw new JsonException($"A media file must be a file name or a web page request object {{\"url\": \"...\"}}, not {TelephonyActionConverter.Describe(reader.TokenType)}."),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, MediaFile value, JsonSerializerOptions options)
    {
        if (value.WebPage is { } webPage)
        {
            WebPages.Write(writer, webPage, options);
        }
        else
        {
            writer.WriteStringValue(value.FileName);
        }
    }
}

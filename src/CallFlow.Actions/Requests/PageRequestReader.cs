using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CallFlow.Actions.Serialization;

namespace CallFlow.Actions.Requests;

/// <summary>
/// Reads a page request in any form the platform may send: the bare instance info object (what the v2 platform posts)
/// or the wrapped <c>{"instance_info": {...}}</c>. Form fields and GET query parameters carry the same JSON text.
/// Errors are <see cref="JsonException"/>s whose <see cref="JsonException.Path"/> names the offending place, under
/// <c>instance_info</c> in both forms, as the validators name it.
/// </summary>
public static class PageRequestReader
{
    private static readonly JsonEncodedText InstanceInfoKey = JsonEncodedText.Encode("instance_info");
    private static readonly byte[] WrapperStart = "{\"instance_info\":"u8.ToArray();

    /// <summary>Reads a page request from UTF-8 JSON.</summary>
    public static PageRequest Read(ReadOnlySpan<byte> utf8Json, JsonSerializerOptions? options = null)
    {
        options ??= CallFlowJson.Options;
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 64 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A page request must be a JSON object: the instance info, such as {\"application_instance_id\": ..., \"this_call\": {...}}.");
        }

        var typeInfo = (JsonTypeInfo<PageRequest>)options.GetTypeInfo(typeof(PageRequest));
        if (IsWrapped(reader))
        {
            return JsonSerializer.Deserialize(utf8Json, typeInfo)!;
        }

        try
        {
            return new PageRequest(JsonSerializer.Deserialize(utf8Json, (JsonTypeInfo<InstanceInfo>)options.GetTypeInfo(typeof(InstanceInfo)))!);
        }
        catch (JsonException)
        {
            // Read again inside the wrapper, only so that the error names its path under instance_info as in the
            // wrapped form. The scan above has checked the syntax, so no error position refers to the wrapper.
            byte[] wrapped = [.. WrapperStart, .. utf8Json, (byte)'}'];
            return JsonSerializer.Deserialize(wrapped, typeInfo)!;
        }
    }

    /// <summary>Reads a page request from JSON text (a form field or a query parameter).</summary>
    public static PageRequest Read(string json, JsonSerializerOptions? options = null) =>
        Read(Encoding.UTF8.GetBytes(json), options);

    // A body is wrapped when its top level has "instance_info"; anything else is read as a bare instance_info.
    private static bool IsWrapped(Utf8JsonReader scan)
    {
        scan.Read();
        while (scan.TokenType == JsonTokenType.PropertyName)
        {
            if (scan.ValueTextEquals(InstanceInfoKey.EncodedUtf8Bytes))
            {
                return true;
            }

            scan.Read();
            scan.Skip();
            scan.Read();
        }

        return false;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using CallFlow.Actions.Results;

namespace CallFlow.Actions.Serialization;

/// <summary>
/// Reads <c>action_result</c> by its <c>action</c> discriminator into the registered result type
/// (<see cref="RawActionResult"/> for actions without one) and writes it back the way the platform does.
/// The discriminator may come after <c>result</c>. Unknown properties beside <c>result</c> are kept in
/// <see cref="ActionResult.UnknownOuterProperties"/>, those inside a typed <c>result</c> by its own contract.
/// </summary>
public sealed class ActionResultConverter : JsonConverter<ActionResult>, IKnownPropertyNames
{
    private static readonly JsonEncodedText ActionKey = JsonEncodedText.Encode("action");
    private static readonly JsonEncodedText InterruptedKey = JsonEncodedText.Encode("interrupted");
    private static readonly JsonEncodedText ResultKey = JsonEncodedText.Encode("result");

    IReadOnlyList<string> IKnownPropertyNames.KnownPropertyNames { get; } = [ActionKey.Value, InterruptedKey.Value, ResultKey.Value];

    /// <inheritdoc />
    public override ActionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"action_result must be an object, not {TelephonyActionConverter.Describe(reader.TokenType)}.");
        }

        var actionName = FindActionName(reader);
        var resultType = ActionRegistry.TryGet(actionName, out var descriptor) ? descriptor.ResultType : null;

        ActionResult? typed = null;
        JsonElement? raw = null;
        var interrupted = false;
        Dictionary<string, JsonElement>? unknown = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(InterruptedKey.EncodedUtf8Bytes))
            {
                reader.Read();
                interrupted = FlexibleBooleanConverter.ReadBoolean(ref reader);
            }
            else if (reader.ValueTextEquals(ResultKey.EncodedUtf8Bytes))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.Null)
                {
                    continue;
                }

                if (resultType is null)
                {
                    raw = JsonElement.ParseValue(ref reader);
                }
                else
                {
                    typed = ReadTyped(ref reader, resultType, options);
                }
            }
            else if (reader.ValueTextEquals(ActionKey.EncodedUtf8Bytes))
            {
                reader.Read();
            }
            else
            {
                UnknownPropertiesJson.Keep(ref reader, ref unknown);
            }
        }

        var result = typed ?? (resultType is null ? new RawActionResult { Result = raw } : CreateEmpty(resultType, options));
        result.Action = actionName;
        result.Interrupted = interrupted;
        result.UnknownOuterProperties = unknown;
        return result;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ActionResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(ActionKey, value.Action);
        // As the platform writes it: "interrupted" only on an interrupted action, which then has no result.
        if (value.Interrupted)
        {
            writer.WriteBoolean(InterruptedKey, true);
        }
        else
        {
            if (value is RawActionResult raw)
            {
                if (raw.Result is { } element)
                {
                    writer.WritePropertyName(ResultKey);
                    element.WriteTo(writer);
                }
            }
            else
            {
                writer.WritePropertyName(ResultKey);
                JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));
            }
        }

        UnknownPropertiesJson.Write(writer, value.UnknownOuterProperties);
        writer.WriteEndObject();
    }

    private static ActionResult ReadTyped(ref Utf8JsonReader reader, Type resultType, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"action_result.result must be an object, not {TelephonyActionConverter.Describe(reader.TokenType)}.");
        }

        return (ActionResult)NestedJson.Deserialize(ref reader, options.GetTypeInfo(resultType), "result")!;
    }

    private static ActionResult CreateEmpty(Type resultType, JsonSerializerOptions options) =>
        (ActionResult)JsonSerializer.Deserialize("{}"u8, options.GetTypeInfo(resultType))!;

    // Scans a copy of the reader: the discriminator may follow the result it describes.
    private static string FindActionName(Utf8JsonReader scan)
    {
        scan.Read();
        while (scan.TokenType == JsonTokenType.PropertyName)
        {
            var isAction = scan.ValueTextEquals(ActionKey.EncodedUtf8Bytes);
            scan.Read();
            if (isAction)
            {
                return scan.TokenType == JsonTokenType.String
                    ? scan.GetString()!
                    : throw new JsonException($"action_result.action must be a string naming the finished action, not {TelephonyActionConverter.Describe(scan.TokenType)}.");
            }

            scan.Skip();
            scan.Read();
        }

        throw new JsonException("action_result needs an \"action\" naming the finished action.");
    }
}

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CallFlow.AspNetCore.DialConnect;

/// <summary>
/// Reads the body of <c>POST /api/dial-connect</c> into a <see cref="DialConnectSubmission"/>, turning every JSON
/// mistake into a message under the snake_case name of the field it is about (or <c>body</c>).
/// </summary>
public static class DialConnectSubmissionReader
{
    /// <summary>The largest body read: a submission is a few hundred bytes, a memo at most a thousand characters.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = false,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private static readonly JsonTypeInfo<DialConnectSubmission> TypeInfo = (JsonTypeInfo<DialConnectSubmission>)Options.GetTypeInfo(typeof(DialConnectSubmission));

    /// <summary>Reads a submission, or the problems that kept it from being read (field name → messages).</summary>
    public static (DialConnectSubmission? Submission, Dictionary<string, string[]>? Problems) Read(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            return (null, Problem("body", $"is not valid JSON ({exception.Message})"));
        }

        using (document)
        {
            try
            {
                return Bind(document.RootElement);
            }
            catch (InvalidOperationException)
            {
                // The parser checks structure, not text: a field name that is not valid UTF-8, or an escaped lone
                // surrogate such as \ud800, only fails once it is decoded here (values are checked one by one in Bind).
                return (null, Problem("body", $"holds a field name that {NotUnicode}"));
            }
        }
    }

    private static (DialConnectSubmission? Submission, Dictionary<string, string[]>? Problems) Bind(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, Problem("body", "must be a JSON object such as {\"phone_number\": \"12157010680\", \"dest_phone_number\": \"12127773456\"}"));
        }

        var unknown = root.EnumerateObject().Select(p => p.Name).Where(name => FieldType(name) is null).ToList();
        if (unknown.Count > 0)
        {
            return (null, unknown.ToDictionary(name => name, _ => new[] { $"is not a field of a click-to-call request; the fields are {string.Join(", ", TypeInfo.Properties.Select(p => p.Name))}" }));
        }

        var garbled = root.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String && !Decodes(p.Value)).Select(p => p.Name).ToList();
        if (garbled.Count > 0)
        {
            return (null, garbled.ToDictionary(name => name, _ => new[] { NotUnicode }));
        }

        var wrong = root.EnumerateObject().Where(p => !Fits(p)).Select(p => p.Name).ToList();
        if (wrong.Count > 0)
        {
            return (null, wrong.ToDictionary(name => name, name => new[] { $"must be {Expected(FieldType(name)!)}" }));
        }

        return (root.Deserialize(TypeInfo), null);
    }

    private const string NotUnicode = "is not valid Unicode text (invalid UTF-8, or an escaped lone surrogate such as \\ud800)";

    private static bool Decodes(JsonElement text)
    {
        try
        {
            _ = text.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static Type? FieldType(string name) => TypeInfo.Properties.FirstOrDefault(p => p.Name == name)?.PropertyType;

    // Checks each value against its field before binding, so a mistake is reported by name rather than by the first JSON error.
    private static bool Fits(JsonProperty property)
    {
        var value = property.Value;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        var type = FieldType(property.Name)!;
        if (type == typeof(string))
        {
            return value.ValueKind == JsonValueKind.String;
        }

        if (type == typeof(bool?))
        {
            return value.ValueKind is JsonValueKind.True or JsonValueKind.False;
        }

        return value.ValueKind == JsonValueKind.Number ? value.TryGetInt32(out _) : value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), out _);
    }

    private static string Expected(Type type) =>
        type == typeof(string) ? "a string" : type == typeof(bool?) ? "true or false" : "a whole number";

    private static Dictionary<string, string[]> Problem(string field, string message) => new() { [field] = [message] };
}

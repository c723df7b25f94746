using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CallFlow.Simulator.Http;

/// <summary>Reads HTTP bodies that may or may not be JSON: a server can answer an HTML error page or plain text.</summary>
internal static class JsonBodies
{
    private static readonly JsonSerializerOptions OneLineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Parses <paramref name="body"/> as JSON; false when it is empty, <c>null</c> or not JSON.</summary>
    public static bool TryParse(string body, [NotNullWhen(true)] out JsonNode? json)
    {
        json = null;
        if (string.IsNullOrWhiteSpace(body))
        {
            return false;
        }

        try
        {
            json = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            // Not JSON is a possible answer, not an error here: the caller reports it in its own terms.
            return false;
        }

        return json is not null;
    }

    /// <summary>A detached element holding <paramref name="json"/>, for the recording format.</summary>
    public static JsonElement ToElement(JsonNode json)
    {
        using var document = JsonDocument.Parse(json.ToJsonString());
        return document.RootElement.Clone();
    }

    /// <summary>The <c>detail</c> (or <c>title</c>) of a problem details body, in brackets, or nothing.</summary>
    public static string ProblemDetail(string body) =>
        TryParse(body, out var json) && json is JsonObject problem
        && (problem["detail"] ?? problem["title"]) is JsonValue text && text.TryGetValue<string>(out var detail)
            ? $" ({detail})"
            : "";

    /// <summary>JSON text on one line (a recording's values keep the layout of the file they came from); other text as it is.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? OneLine(string? text) =>
        text is not null && TryParse(text, out var json) ? json.ToJsonString(OneLineOptions) : text;
}

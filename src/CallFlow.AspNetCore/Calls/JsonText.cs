using System.Text.Json;

namespace CallFlow.AspNetCore.Calls;

/// <summary>Stored request and response texts as the API shows them: nested JSON when they are JSON, else the text as is.</summary>
internal static class JsonText
{
    /// <summary>
    /// <paramref name="text"/> as a JSON value, or null with the text in <paramref name="rawText"/> when it is not
    /// JSON (a malformed request is stored exactly as received).
    /// </summary>
    public static JsonElement? Parse(string? text, out string? rawText)
    {
        rawText = null;
        if (text is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            rawText = text;
            return null;
        }
    }
}

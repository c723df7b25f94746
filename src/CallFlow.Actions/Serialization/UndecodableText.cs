using System.Text.Json;

namespace CallFlow.Actions.Serialization;

/// <summary>
/// Finds JSON text that parses but is not text: an escaped lone surrogate (<c>"\ud800"</c>). The parser checks
/// structure, not escapes, so such a string only fails once decoded, and a value kept as raw JSON would fail when written.
/// </summary>
internal static class UndecodableText
{
    /// <summary>The path of the first name or string in <paramref name="element"/> that cannot be decoded to text, or null.</summary>
    public static string? Find(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Decodes(element.GetString) ? null : path;
            case JsonValueKind.Array:
                return element.EnumerateArray().Select((item, index) => Find(item, $"{path}[{index}]")).FirstOrDefault(p => p is not null);
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string? name = null;
                    if (!Decodes(() => name = property.Name))
                    {
                        return path;
                    }

                    if (Find(property.Value, path.Length == 0 ? name! : $"{path}.{name}") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool Decodes(Func<string?> read)
    {
        try
        {
            read();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}

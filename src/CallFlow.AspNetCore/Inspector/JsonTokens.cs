using System.Text.Encodings.Web;
using System.Text.Json;

namespace CallFlow.AspNetCore.Inspector;

/// <summary>
/// Formats a JSON value indented, as a list of tokens the page wraps in highlighting spans. The page encodes every
/// token's text, so markup in a request field shows as text.
/// </summary>
internal static class JsonTokens
{
    private const string Indent = "  ";

    // Strings are shown as JSON writes them, but without escaping what HTML encoding already makes safe (<, >, &, ').
    private static readonly JsonSerializerOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<JsonToken> Of(JsonElement value)
    {
        var tokens = new List<JsonToken>();
        Append(value, 0, tokens);
        return tokens;
    }

    private static void Append(JsonElement value, int depth, List<JsonToken> tokens)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                AppendContainer(value.EnumerateObject().ToList(), "{", "}", depth, tokens, (property, inner) =>
                {
                    tokens.Add(new JsonToken("key", Quoted(property.Name)));
                    tokens.Add(new JsonToken("punctuation", ": "));
                    Append(property.Value, inner, tokens);
                });
                break;
            case JsonValueKind.Array:
                AppendContainer(value.EnumerateArray().ToList(), "[", "]", depth, tokens, (item, inner) => Append(item, inner, tokens));
                break;
            case JsonValueKind.String:
                tokens.Add(new JsonToken("string", Quoted(value.GetString()!)));
                break;
            case JsonValueKind.Number:
                tokens.Add(new JsonToken("number", value.GetRawText()));
                break;
            default:
                tokens.Add(new JsonToken("literal", value.GetRawText()));
                break;
        }
    }

    private static void AppendContainer<T>(List<T> items, string open, string close, int depth, List<JsonToken> tokens, Action<T, int> appendItem)
    {
        if (items.Count == 0)
        {
            tokens.Add(new JsonToken("punctuation", open + close));
            return;
        }

        tokens.Add(new JsonToken("punctuation", open));
        for (var i = 0; i < items.Count; i++)
        {
            tokens.Add(new JsonToken("space", "\n" + string.Concat(Enumerable.Repeat(Indent, depth + 1))));
            appendItem(items[i], depth + 1);
            if (i < items.Count - 1)
            {
                tokens.Add(new JsonToken("punctuation", ","));
            }
        }

        tokens.Add(new JsonToken("space", "\n" + string.Concat(Enumerable.Repeat(Indent, depth))));
        tokens.Add(new JsonToken("punctuation", close));
    }

    private static string Quoted(string text) => JsonSerializer.Serialize(text, Writing);
}

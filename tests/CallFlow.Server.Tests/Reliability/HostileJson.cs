using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace CallFlow.Server.Tests.Reliability;

/// <summary>The raw material of hostile bodies, derived from a good JSON body and from the model's own properties.</summary>
public static class HostileJson
{
    /// <summary>A value of every JSON kind, with edge values of each: at least one is the wrong type for any field.</summary>
    public static readonly string[] EveryKindOfValue =
    [
        "0", "-1", "1.5", "1e400", "-9223372036854775809", "true", "false", "null",
        "\"\"", "\"text\"", "\"\\u0000\"", "\"\\ud800\"", "[]", "[1, \"a\"]", "{}", "{\"x\": {\"y\": []}}",
    ];

    /// <summary>Text that is not JSON, or is JSON of the wrong shape, or stretches what a reader accepts.</summary>
    public static readonly string[] Malformed =
    [
        "{", "}", "[", "]", "{{}}", "null", "true", "0", "\"text\"", "[]", "{}", "{\"a\"}", "{\"a\": }", "{,}", "{\"a\": 1,}",
        "{'instance_info': {}}", "{\"instance_info\": {} /* comment */}", "{\"instance_info\": NaN}", "{\"instance_info\": Infinity}",
        "{\"instance_info\": 1e999999}", "{\"instance_info\": \"\\uZZZZ\"}", "{\"instance_info\": \"unterminated}", "\u0000",
        "{\"instance_info\": {}} trailing", "{} {}", "   ", "\t\r\n", "\uFEFF{}", "{\"\": {}}", "{\"instance_info\\u0000\": {}}",
    ];

    /// <summary>Byte sequences that are not UTF-8: lone continuation, overlong, surrogate, out of range, truncated, and never-valid bytes.</summary>
    public static readonly byte[][] InvalidUtf8 =
    [
        [0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xFE], [0xFF, 0xFE],
    ];

    /// <summary>Every prefix of <paramref name="json"/> at about <paramref name="count"/> evenly spread lengths (the empty one included).</summary>
    public static IEnumerable<(int Length, byte[] Bytes)> Truncations(byte[] json, int count)
    {
        var step = Math.Max(1, json.Length / count);
        for (var length = 0; length < json.Length; length += step)
        {
            yield return (length, json[..length]);
        }
    }

    /// <summary>The wire names of <paramref name="type"/>'s properties, as <paramref name="options"/> reads them.</summary>
    public static IEnumerable<string> WireNames(JsonSerializerOptions options, Type type) =>
        options.GetTypeInfo(type).Properties.Where(p => !p.IsExtensionData).Select(p => p.Name);

    /// <summary>Snake-case options that can describe any type, for models outside the wire model's source-generated context.</summary>
    public static readonly JsonSerializerOptions SnakeCase = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    /// <summary>
    /// <paramref name="document"/> with the object at <paramref name="objectPath"/> (property names from the root) getting
    /// <paramref name="field"/> set to the raw JSON <paramref name="value"/>.
    /// </summary>
    public static byte[] WithField(JsonNode document, string[] objectPath, string field, string value)
    {
        // The value goes in as text, so that values JsonNode cannot hold (a lone surrogate, 1e400) are sent as written.
        const string placeholder = "hostile-value-placeholder";
        var copy = document.DeepClone();
        var target = objectPath.Aggregate(copy, (node, name) => name == "0" ? node[0]! : node[name]!);
        target[field] = placeholder;
        return Encoding.UTF8.GetBytes(copy.ToJsonString().Replace($"\"{placeholder}\"", value, StringComparison.Ordinal));
    }

    /// <summary><paramref name="depth"/> nested arrays, or objects, with a number inside.</summary>
    public static string Nested(int depth, bool objects) =>
        objects
            ? string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)
            : new string('[', depth) + "1" + new string(']', depth);

    /// <summary><paramref name="json"/> with <paramref name="raw"/> bytes put inside the first string value of <paramref name="field"/>.</summary>
    public static byte[] WithBytesInString(byte[] json, string field, byte[] raw)
    {
        var marker = Encoding.UTF8.GetBytes($"\"{field}\":\"");
        var at = json.AsSpan().IndexOf(marker) + marker.Length;
        return [.. json[..at], .. raw, .. json[at..]];
    }

    /// <summary><paramref name="json"/> with a second <paramref name="field"/> member, holding <paramref name="value"/>, right after the first.</summary>
    public static byte[] WithDuplicate(byte[] json, string field, string value)
    {
        var text = Encoding.UTF8.GetString(json);
        var marker = $"\"{field}\":";
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text[..at] + marker + value + "," + text[at..]);
    }
}

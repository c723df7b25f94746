using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CallFlow.Actions.Serialization;

/// <summary>
/// Reads a value with its own serializer contract from inside a converter, keeping error locations exact.
/// System.Text.Json starts a new path at such a nested call, so an error inside would carry a path relative to the
/// nested value (<c>$.play_list[0]</c>) and the enclosing document's path would be lost. Here the inner location moves
/// into the message and <see cref="JsonException.Path"/> is left unset, so the enclosing reader fills in where the value
/// starts: Path <c>$.actions[1]</c>, message <c>connect.hold_media.play.play_list[0]: ...</c>.
/// </summary>
internal static class NestedJson
{
    /// <summary>Reads the value under <paramref name="reader"/>; <paramref name="segment"/> is its wire name inside the enclosing value ("" for none).</summary>
    public static object? Deserialize(ref Utf8JsonReader reader, JsonTypeInfo typeInfo, string segment)
    {
        try
        {
            return JsonSerializer.Deserialize(ref reader, typeInfo);
        }
        catch (JsonException error) when (error.Path is not null)
        {
            throw Relocate(error, segment);
        }
    }

    /// <summary>
    /// The error of a value read at <paramref name="segment"/> inside the enclosing value, located there. Used directly by
    /// converters that read items themselves (<c>[2]</c> of a list), where no nested reader has set a path.
    /// </summary>
    public static LocatedJsonException Relocate(JsonException error, string segment)
    {
        // error.Path is null, "$" or "$.name[0]...", relative to the nested value; a located error adds where it came from below that.
        var location = Join(Join(segment, error.Path?[1..] ?? ""), (error as LocatedJsonException)?.Location ?? "");
        var detail = error is LocatedJsonException located ? located.Detail : WithoutPathSuffix(error);
        return new LocatedJsonException(location, detail, error);
    }

    private static string Join(string outer, string inner) =>
        outer.Length == 0 ? inner.TrimStart('.')
        : inner.Length == 0 ? outer
        : inner[0] is '.' or '[' ? outer + inner
        : $"{outer}.{inner}";

    // System.Text.Json appends " Path: $... | LineNumber: n | BytePositionInLine: n." to its own messages; that path is the relative one.
    private static string WithoutPathSuffix(JsonException error)
    {
        var suffix = error.Message.LastIndexOf($" Path: {error.Path}", StringComparison.Ordinal);
        return suffix < 0 ? error.Message : error.Message[..suffix];
    }
}

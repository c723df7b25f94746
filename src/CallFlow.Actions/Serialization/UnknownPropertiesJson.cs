using System.Text.Json;

namespace CallFlow.Actions.Serialization;

/// <summary>
/// Keeps and writes back the unknown properties of a wire object read by a converter of its own, as the generated
/// contract does for every other wire object through <see cref="WireObject.UnknownProperties"/>.
/// </summary>
internal static class UnknownPropertiesJson
{
    /// <summary>Reads the property whose name is under <paramref name="reader"/> into <paramref name="properties"/>, created when null.</summary>
    public static void Keep(ref Utf8JsonReader reader, ref Dictionary<string, JsonElement>? properties)
    {
        var name = reader.GetString()!;
        reader.Read();
        var value = JsonElement.ParseValue(ref reader);
        EnsureText(name, value);
        (properties ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[name] = value;
    }

    /// <summary>
    /// Refuses kept properties that could not be written back: raw JSON is not decoded when read, so an escaped lone
    /// surrogate (<c>"\ud800"</c>) would only fail when the object is written, as an answer or a canonical form.
    /// </summary>
    public static void EnsureText(Dictionary<string, JsonElement>? properties)
    {
        foreach (var (name, value) in properties ?? [])
        {
            EnsureText(name, value);
        }
    }

    private static void EnsureText(string name, JsonElement value)
    {
        if (UndecodableText.Find(value, name) is { } path)
        {
            throw new LocatedJsonException(path, "holds an escaped lone surrogate (such as \\ud800), which is not text", new FormatException());
        }
    }

    /// <summary>Reads the property whose name is under <paramref name="reader"/> into the unknown properties of <paramref name="target"/>.</summary>
    public static void Keep(ref Utf8JsonReader reader, WireObject target)
    {
        var properties = target.UnknownProperties;
        Keep(ref reader, ref properties);
        target.UnknownProperties = properties;
    }

    /// <summary>Writes <paramref name="properties"/> as members of the object being written.</summary>
    public static void Write(Utf8JsonWriter writer, Dictionary<string, JsonElement>? properties)
    {
        if (properties is null)
        {
            return;
        }

        foreach (var (name, value) in properties)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }
    }
}

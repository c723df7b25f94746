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
        (properties ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[name] = JsonElement.ParseValue(ref reader);
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

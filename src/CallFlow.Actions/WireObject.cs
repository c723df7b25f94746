using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallFlow.Actions;

/// <summary>
/// The base of every object of the wire model: actions, support classes, play media, results, page requests and
/// responses. What every wire object shares lives here once: the properties read that the model does not know,
/// kept so that reading and writing an object again loses nothing the platform (or a newer model) put there.
/// </summary>
public abstract class WireObject : IJsonOnDeserialized
{
    /// <summary>
    /// The properties of this object, as read, whose names the model does not know, by wire name; written back
    /// unchanged (after the known ones) inside the same object. Null when there were none. Not a wire property itself:
    /// <see cref="Serialization.UnknownNames"/> lists them, with their wire paths, for documents people write.
    /// </summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownProperties { get; set; }

    /// <inheritdoc />
    void IJsonOnDeserialized.OnDeserialized() => Serialization.UnknownPropertiesJson.EnsureText(UnknownProperties);
}

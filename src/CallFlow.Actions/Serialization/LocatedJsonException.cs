using System.Text.Json;

namespace CallFlow.Actions.Serialization;

/// <summary>
/// A read error from inside a value a converter read with its own contract, carrying where inside that value it happened.
/// Its <see cref="JsonException.Path"/> is left for the enclosing reader to fill in (where the value starts); the message
/// starts with the location inside it, so together they name the exact place.
/// </summary>
internal sealed class LocatedJsonException : JsonException
{
    public LocatedJsonException(string location, string detail, Exception inner)
        : base(location.Length == 0 ? detail : $"{location}: {detail}", inner)
    {
        Location = location;
        Detail = detail;
    }

    /// <summary>The wire path inside the value, e.g. <c>connect.hold_media.play.play_list[0]</c>; empty for the value itself.</summary>
    public string Location { get; }

    /// <summary>What is wrong there, without any location.</summary>
    public string Detail { get; }
}

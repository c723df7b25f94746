using System.Text.Json.Serialization;

namespace CallFlow.Actions.Media;

/// <summary>DTMF tones to play: <c>{"digits_to_play": "123#"}</c> (the property name is assumed, see docs/protocol.md).</summary>
public sealed class DigitsToPlay : MediaItem
{
    // The key that identifies this kind of item on the wire; MediaItemConverter tells the kinds apart by it.
    internal const string PropertyName = "digits_to_play";

    /// <summary>Creates an empty item (the digits are required before sending).</summary>
    public DigitsToPlay()
    {
    }

    /// <summary>Creates an item that plays <paramref name="digits"/>.</summary>
    public DigitsToPlay(string digits) => Digits = digits;

    /// <summary><c>digits_to_play</c> (required): the digits, each one of <c>0123456789ABCD#*</c>.</summary>
    [JsonPropertyName(PropertyName)]
    public string Digits { get; set; } = "";
}

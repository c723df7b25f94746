using System.Text.Json.Serialization;
using CallFlow.Actions.Serialization;

namespace CallFlow.Actions.Media;

/// <summary>
/// One item of a play list: <see cref="TextToSay"/>, <see cref="FileToPlay"/> or <see cref="DigitsToPlay"/>.
/// On the wire the item's kind is the one of <c>text_to_say</c>, <c>file_to_play</c> or <c>digits_to_play</c> it holds.
/// </summary>
[JsonConverter(typeof(MediaItemConverter))]
public abstract class MediaItem : WireObject
{
}

using System.Text.Json.Serialization;

namespace CallFlow.Actions.Media;

/// <summary>Text spoken with text to speech: <c>{"text_to_say": "Hello"}</c>.</summary>
public sealed class TextToSay : MediaItem
{
    // The key that identifies this kind of item on the wire; MediaItemConverter tells the kinds apart by it.
    internal const string PropertyName = "text_to_say";

    /// <summary>Creates an empty item (the text is required before sending).</summary>
    public TextToSay()
    {
    }

    /// <summary>Creates an item that says <paramref name="text"/>.</summary>
    public TextToSay(string text) => Text = text;

    /// <summary><c>text_to_say</c> (required): the text, plain or SSML.</summary>
    [JsonPropertyName(PropertyName)]
    public string Text { get; set; } = "";

    /// <summary><c>tts_voice</c>: the text-to-speech voice to use, a selector from the platform's voice tables. Platform default: the voice set in the service configuration.</summary>
    public string? TtsVoice { get; set; }

    /// <summary><c>text_is_private</c>: keep the text out of the platform's logs. Platform default: false.</summary>
    public bool? TextIsPrivate { get; set; }
}

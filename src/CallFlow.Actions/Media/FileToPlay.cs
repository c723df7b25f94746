using System.Text.Json.Serialization;

namespace CallFlow.Actions.Media;

/// <summary>An audio file to play: <c>{"file_to_play": "welcome.wav"}</c>.</summary>
public sealed class FileToPlay : MediaItem
{
    // The key that identifies this kind of item on the wire; MediaItemConverter tells the kinds apart by it.
    internal const string PropertyName = "file_to_play";

    /// <summary>Creates an empty item (the file is required before sending).</summary>
    public FileToPlay()
    {
    }

    /// <summary>Creates an item that plays <paramref name="file"/>.</summary>
    public FileToPlay(string file) => File = file;

    /// <summary><c>file_to_play</c> (required): the media file name on the platform, or a URL.</summary>
    [JsonPropertyName(PropertyName)]
    public string File { get; set; } = "";

    /// <summary><c>decryption_cipher</c>: the cipher of an encrypted file. The protocol documents no platform default (an unencrypted file needs none).</summary>
    public string? DecryptionCipher { get; set; }
}

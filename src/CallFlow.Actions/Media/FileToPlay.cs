using System.Text.Json.Serialization;
using CallFlow.Actions.Parts;

namespace CallFlow.Actions.Media;

/// <summary>
/// An audio file to play: <c>{"file_to_play": "welcome.wav"}</c>, or one fetched from the web,
/// <c>{"file_to_play": {"url": "media/welcome.wav"}}</c> (REST API v2 play media page). The wav file must be mono at 8000 samples per second.
/// </summary>
public sealed class FileToPlay : MediaItem
{
    // The key that identifies this kind of item on the wire; MediaItemConverter tells the kinds apart by it.
    internal const string PropertyName = "file_to_play";

    /// <summary>Creates an empty item (the file is required before sending).</summary>
    public FileToPlay()
    {
    }

    /// <summary>Creates an item that plays <paramref name="file"/>: a file name in the media file store or a web page request.</summary>
    public FileToPlay(MediaFile file) => File = file;

    /// <summary><c>file_to_play</c> (required): a file name in the media file store, or a web page request for a file on the web (GET only).</summary>
    [JsonPropertyName(PropertyName)]
    public MediaFile? File { get; set; }

    /// <summary><c>decryption_cipher</c>: the cipher of an encrypted file; not allowed when the file is a web page request. Platform default: none.</summary>
    public Cipher? DecryptionCipher { get; set; }
}

using System.Text.Json.Serialization;
using CallFlow.Actions.Serialization;

namespace CallFlow.Actions.Parts;

/// <summary>
/// A file to play or to fax: the name of a file in the Aculab media file store (<c>"welcome.wav"</c>) or a web page request
/// for a file on the web (<c>{"url": "media/welcome.wav", "method": "GET"}</c>, GET only; the platform sends no instance
/// info to it). REST API v2 play media and send fax pages. Exactly one of <see cref="FileName"/> and <see cref="WebPage"/> is set.
/// </summary>
[JsonConverter(typeof(MediaFileConverter))]
public sealed class MediaFile : WireObject
{
    /// <summary>A file in the media file store.</summary>
    public MediaFile(string fileName) => FileName = fileName;

    /// <summary>A file on the web, fetched with GET (the only method the platform supports here).</summary>
    public MediaFile(WebPageRequest webPage) => WebPage = webPage;

    /// <summary>The file's name in the media file store, or null when the file is on the web.</summary>
    public string? FileName { get; set; }

    /// <summary>The web page request that fetches the file, or null when the file is in the media file store.</summary>
    public WebPageRequest? WebPage { get; set; }

    /// <summary>Lets a stored file be given as its name: <c>new FileToPlay("welcome.wav")</c>.</summary>
    public static implicit operator MediaFile(string fileName) => new(fileName);

    /// <inheritdoc />
    public override string ToString() => FileName ?? WebPage?.Url ?? "";
}

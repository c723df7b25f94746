using System.Text.Json.Serialization;
using CallFlow.Actions.Parts;
using CallFlow.Actions.Serialization;

namespace CallFlow.Actions.Verbs;

/// <summary>
/// <c>record</c>: records the caller (a voicemail, a message), then requests <see cref="NextPage"/>.
/// Result: <see cref="Results.RecordResult"/>.
/// </summary>
public sealed class Record : TelephonyAction
{
    /// <summary>Creates an action with no next page yet (required before sending).</summary>
    public Record()
    {
    }

    /// <summary>Creates an action that sends the recording's details to <paramref name="nextPage"/>.</summary>
    public Record(WebPageRequest nextPage) => NextPage = nextPage;

    /// <summary><c>next_page</c> (required): the page requested when the recording ends.</summary>
    public WebPageRequest? NextPage { get; set; }

    /// <summary><c>id</c>: a user-defined string that identifies the recording. Platform default: an empty string.</summary>
    public string? Id { get; set; }

    /// <summary><c>barge_in_digits</c>: keys that stop the recording. Platform default: <c>#</c>.</summary>
    public string? BargeInDigits { get; set; }

    /// <summary><c>seconds_max_duration</c>: the longest recording, in seconds. Platform default: 60.</summary>
    public int? SecondsMaxDuration { get; set; }

    /// <summary><c>milliseconds_max_silence</c>: silence that ends the recording, in milliseconds. Platform default: 3000.</summary>
    public int? MillisecondsMaxSilence { get; set; }

    /// <summary><c>milliseconds_max_initial_silence</c>: silence allowed before the caller starts speaking, in milliseconds. Platform default: 0.</summary>
    public int? MillisecondsMaxInitialSilence { get; set; }

    /// <summary><c>format</c>: the audio format, <c>alaw</c> or <c>ulaw</c>. Platform default: determined automatically.</summary>
    public string? Format { get; set; }

    /// <summary><c>encryption_cipher</c>: the cipher that encrypts the recorded file. Platform default: none, the file is saved unencrypted.</summary>
    public Cipher? EncryptionCipher { get; set; }

    /// <summary><c>beep_on_start</c>: whether a beep marks the start of recording. Platform default: false.</summary>
    public bool? BeepOnStart { get; set; }

    /// <summary><c>recording_available_page</c>: a page requested once the recording file is available. Platform default: none.</summary>
    public WebPageRequest? RecordingAvailablePage { get; set; }
}

namespace CallFlow.Actions.Parts;

/// <summary><c>secondary_call</c>: pages and properties of the outbound (secondary) call of a connect or connect to conference.</summary>
public sealed class SecondaryCall : WireObject
{
    /// <summary>The <c>call_recording_mode</c> values the platform documents.</summary>
    public static IReadOnlyList<string> CallRecordingModes { get; } = ["mixed", "separate"];

    /// <summary>The platform's default settings.</summary>
    public SecondaryCall()
    {
    }

    /// <summary>A secondary call whose answer requests <paramref name="firstPage"/> before it is connected.</summary>
    public SecondaryCall(WebPageRequest? firstPage) => FirstPage = firstPage;

    /// <summary>A secondary call with a first page, a maximum duration and a recording choice.</summary>
    public SecondaryCall(WebPageRequest? firstPage, int minutesMaxDuration, bool callRecording)
        : this(firstPage)
    {
        MinutesMaxCallDuration = minutesMaxDuration;
        CallRecording = callRecording;
    }

    /// <summary><c>call_recording</c>: record the whole secondary call. Platform default: false.</summary>
    public bool? CallRecording { get; set; }

    /// <summary><c>call_recording_encryption</c>: encrypt that recording. Platform default: false.</summary>
    public bool? CallRecordingEncryption { get; set; }

    /// <summary><c>call_recording_eliminate_dtmf</c>: remove key tones from that recording. Platform default: true.</summary>
    public bool? CallRecordingEliminateDtmf { get; set; }

    /// <summary><c>call_recording_mode</c>: <c>mixed</c> (both directions in one recording) or <c>separate</c>. Platform default: <c>mixed</c>.</summary>
    public string? CallRecordingMode { get; set; }

    /// <summary><c>call_recording_cipher</c>: the cipher of an encrypted recording; it may be given here or in the response to the secondary call's first page. Platform default: none.</summary>
    public Cipher? CallRecordingCipher { get; set; }

    /// <summary><c>minutes_max_call_duration</c>: the secondary call is hung up after this many minutes. Platform default: 240.</summary>
    public int? MinutesMaxCallDuration { get; set; }

    /// <summary><c>first_page</c>: requested when the secondary call answers, before it is connected. Platform default: null.</summary>
    public WebPageRequest? FirstPage { get; set; }

    /// <summary><c>final_page</c>: requested when either call hangs up. Platform default: null.</summary>
    public WebPageRequest? FinalPage { get; set; }

    /// <summary><c>error_page</c>: requested when a secondary call page fails. Platform default: null.</summary>
    public WebPageRequest? ErrorPage { get; set; }
}

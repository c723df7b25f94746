using CallFlow.Actions.Parts;

namespace CallFlow.Actions.Verbs;

/// <summary>
/// <c>start_transcription</c>: starts transcribing the call's audio; results go to <see cref="ResultsPage"/> as they become
/// available (see <see cref="Results.StartTranscriptionResult"/>), and the next action runs at once (REST API v2 start
/// transcription page).
/// </summary>
public sealed class StartTranscription : TelephonyAction
{
    /// <summary>The <c>transcription_mode</c> values the platform documents.</summary>
    public static IReadOnlyList<string> TranscriptionModes { get; } = ["separate", "mixed", "inbound", "outbound"];

    /// <summary>Creates an action with no results page yet (required before sending).</summary>
    public StartTranscription()
    {
    }

    /// <summary>Creates an action that sends its results to <paramref name="resultsPage"/>.</summary>
    public StartTranscription(WebPageRequest resultsPage) => ResultsPage = resultsPage;

    /// <summary><c>results_page</c> (required): the page that receives the results, asynchronously and outside the call flow.</summary>
    public WebPageRequest? ResultsPage { get; set; }

    /// <summary><c>transcription_mode</c>: <c>separate</c>, <c>mixed</c>, <c>inbound</c> or <c>outbound</c> audio. Platform default: <c>separate</c>.</summary>
    public string? TranscriptionMode { get; set; }

    /// <summary><c>id</c>: a user-defined string sent with each result. Platform default: an empty string.</summary>
    public string? Id { get; set; }

    /// <summary><c>speech_recognition_options</c>: the language and other recognition settings. Platform default: none, the defaults of <see cref="Parts.SpeechRecognitionOptions"/>.</summary>
    public SpeechRecognitionOptions? SpeechRecognitionOptions { get; set; }

    /// <summary><c>enable_interim_results</c>: also send interim results that may still change. Platform default: false.</summary>
    public bool? EnableInterimResults { get; set; }
}

using System.Text.Json.Serialization;
using CallFlow.Actions.Parts;
using CallFlow.Actions.Serialization;

namespace CallFlow.Actions.Verbs;

/// <summary>
/// <c>get_input</c>: gets a spoken word or short phrase, or keyed digits, from the call, then requests <see cref="NextPage"/>
/// with what was input (REST API v2 get input page). Result: <see cref="Results.GetInputResult"/>.
/// </summary>
public sealed class GetInput : TelephonyAction
{
    /// <summary>The <c>speech_input_mode</c> in which <c>milliseconds_inter_speech_timeout</c> decides when speech has ended.</summary>
    public const string TimeoutMode = "timeout";

    /// <summary>The <c>speech_input_mode</c> that runs no speech recognition.</summary>
    public const string DisabledMode = "disabled";

    /// <summary>The <c>speech_input_mode</c> for short prompts and short immediate answers.</summary>
    public const string AutoMode = "auto";

    /// <summary>Creates an action with no next page yet (required before sending).</summary>
    public GetInput()
    {
    }

    /// <summary>Creates an action that sends the input to <paramref name="nextPage"/>.</summary>
    public GetInput(WebPageRequest nextPage) => NextPage = nextPage;

    /// <summary>The <c>speech_input_mode</c> values the platform documents.</summary>
    public static IReadOnlyList<string> SpeechInputModes { get; } = [TimeoutMode, DisabledMode, AutoMode];

    /// <summary><c>next_page</c> (required): the page that receives the recognised speech or the digits entered.</summary>
    public WebPageRequest? NextPage { get; set; }

    /// <summary><c>prompt</c>: a play action that asks for the input; its speech barge in options are ignored. Platform default: none.</summary>
    [JsonConverter(typeof(WrappedPlayConverter))]
    public Play? Prompt { get; set; }

    /// <summary><c>speech_input_mode</c>: <c>timeout</c>, <c>disabled</c> or <c>auto</c>. Platform default: <c>timeout</c>.</summary>
    public string? SpeechInputMode { get; set; }

    /// <summary><c>speech_recognition_options</c>: the language and other recognition settings. Platform default: none, the defaults of <see cref="Parts.SpeechRecognitionOptions"/>.</summary>
    public SpeechRecognitionOptions? SpeechRecognitionOptions { get; set; }

    /// <summary><c>digit_input_enabled</c>: whether keyed digits are accepted as input. Platform default: true.</summary>
    public bool? DigitInputEnabled { get; set; }

    /// <summary><c>digit_input_options</c>: which keys are accepted and when the entry ends. Platform default: none, the defaults of <see cref="Parts.DigitInputOptions"/>.</summary>
    public DigitInputOptions? DigitInputOptions { get; set; }

    /// <summary><c>milliseconds_inter_speech_timeout</c>: in timeout mode, the silence after which speech is taken to have ended (named on the page, its row not read). Its platform default was not read (see docs/protocol.md).</summary>
    public int? MillisecondsInterSpeechTimeout { get; set; }

    /// <summary><c>on_input_timeout_messages</c>: play actions used in turn when nothing is input in time (name assumed from version 1). Its platform default was not read (see docs/protocol.md).</summary>
    [JsonConverter(typeof(WrappedPlayListConverter))]
    public List<Play>? OnInputTimeoutMessages { get; set; }

    /// <summary><c>on_invalid_input_messages</c>: play actions used in turn when invalid digits are entered (name assumed from version 1). Its platform default was not read (see docs/protocol.md).</summary>
    [JsonConverter(typeof(WrappedPlayListConverter))]
    public List<Play>? OnInvalidInputMessages { get; set; }
}

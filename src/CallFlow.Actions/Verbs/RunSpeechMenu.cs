using System.Text.Json;
using System.Text.Json.Serialization;
using CallFlow.Actions.Parts;
using CallFlow.Actions.Serialization;

namespace CallFlow.Actions.Verbs;

/// <summary>
/// <c>run_speech_menu</c>: prompts for a word or short phrase, or one key, and requests the page of the option selected
/// (REST API v2 run speech menu page). Result: <see cref="Results.RunSpeechMenuResult"/>.
/// </summary>
public sealed class RunSpeechMenu : TelephonyAction
{
    /// <summary>Creates a menu with no options yet (at least one is required before sending).</summary>
    public RunSpeechMenu()
    {
    }

    /// <summary>Creates a menu with the given options.</summary>
    public RunSpeechMenu(params IEnumerable<SpeechMenuOption> options) => MenuOptions.AddRange(options);

    /// <summary><c>menu_options</c> (required): at least one option, each a word or phrase or a key, and its next page.</summary>
    public List<SpeechMenuOption> MenuOptions { get; set; } = [];

    /// <summary><c>prompt</c>: a play action that presents the menu; its barge in phrases are ignored. Platform default: none.</summary>
    [JsonConverter(typeof(WrappedPlayConverter))]
    public Play? Prompt { get; set; }

    /// <summary><c>language</c>: the BCP 47 code of the spoken options. Platform default: <c>en-US</c>.</summary>
    public string? Language { get; set; }

    /// <summary><c>speech_model_options</c>: selects and configures the recognition model, kept as the JSON object given (its page was not found). Platform default: none.</summary>
    public JsonElement? SpeechModelOptions { get; set; }

    /// <summary><c>help_digit</c>: the key that replays the prompt; <c>""</c> for none. Platform default: <c>*</c>.</summary>
    [JsonConverter(typeof(OptionalKeyConverter))]
    public string? HelpDigit { get; set; }

    /// <summary><c>help_word</c>: the word that replays the prompt. Platform default: <c>help</c>.</summary>
    public string? HelpWord { get; set; }

    /// <summary><c>seconds_timeout</c>: seconds to wait for an answer after the prompt; 0 or less disables the timeout. Platform default: 5.</summary>
    public int? SecondsTimeout { get; set; }

    /// <summary><c>on_input_timeout_messages</c>: play actions used in turn when nothing is input in time. Platform default: "Sorry, I did not get anything." then "Please listen to the instructions, and then speak clearly or press the relevant digit.".</summary>
    [JsonConverter(typeof(WrappedPlayListConverter))]
    public List<Play>? OnInputTimeoutMessages { get; set; }

    /// <summary><c>on_invalid_input_messages</c>: play actions used in turn when the input matches no option (name assumed from version 1). Its platform default was not read (see docs/protocol.md).</summary>
    [JsonConverter(typeof(WrappedPlayListConverter))]
    public List<Play>? OnInvalidInputMessages { get; set; }

    /// <summary>Adds an option selected by saying <paramref name="word"/> or pressing <paramref name="digit"/>; returns this action for chaining.</summary>
    public RunSpeechMenu AddOption(string word, char digit, WebPageRequest nextPage)
    {
        MenuOptions.Add(new SpeechMenuOption(word, digit, nextPage));
        return this;
    }
}

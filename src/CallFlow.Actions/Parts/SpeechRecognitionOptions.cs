using System.Text.Json;

namespace CallFlow.Actions.Parts;

/// <summary>
/// <c>speech_recognition_options</c>: the language and other settings of speech recognition, used by <c>get_input</c> and
/// <c>start_transcription</c> (REST API v2 speech recognition options page).
/// </summary>
public sealed class SpeechRecognitionOptions : WireObject
{
    /// <summary>The fewest alternatives a phrase may return.</summary>
    public const int FewestAlternatives = 1;

    /// <summary>The most alternatives a phrase may return.</summary>
    public const int MostAlternatives = 3;

    /// <summary>The platform's default settings.</summary>
    public SpeechRecognitionOptions()
    {
    }

    /// <summary>Recognition of speech in <paramref name="language"/>, a BCP 47 code such as <c>en-GB</c>.</summary>
    public SpeechRecognitionOptions(string language) => Language = language;

    /// <summary><c>language</c>: the BCP 47 code of the speech to recognise. Platform default: <c>en-US</c>.</summary>
    public string? Language { get; set; }

    /// <summary><c>language_outbound</c>: the language of the call's outbound audio (ignored by get input and by the mixed and inbound transcription modes). Platform default: the value of <c>language</c>.</summary>
    public string? LanguageOutbound { get; set; }

    /// <summary><c>word_hints</c>: words or phrases the caller is likely to say. Platform default: none.</summary>
    public List<WordHint>? WordHints { get; set; }

    /// <summary><c>max_alternatives</c>: the most alternatives returned for each phrase, 1 to 3. Platform default: 1.</summary>
    public int? MaxAlternatives { get; set; }

    /// <summary><c>enable_profanity_filtering</c>: replace recognised profanity by asterisks. Platform default: false.</summary>
    public bool? EnableProfanityFiltering { get; set; }

    /// <summary><c>speech_model_options</c>: selects and configures the recognition model, kept as the JSON object given (its page was not found). Platform default: none.</summary>
    public JsonElement? SpeechModelOptions { get; set; }

    /// <summary><c>speech_model_options_outbound</c>: the same for the call's outbound audio, kept as the JSON object given. Platform default: the value of <c>speech_model_options</c>.</summary>
    public JsonElement? SpeechModelOptionsOutbound { get; set; }

    /// <summary>Adds a hint of likely words or phrases; returns these options for chaining.</summary>
    public SpeechRecognitionOptions AddWordHint(params IEnumerable<string> words)
    {
        (WordHints ??= []).Add(new WordHint(words));
        return this;
    }
}

using System.Text.Json;

namespace CallFlow.Actions.Parts;

/// <summary>
/// <c>barge_in_on_speech_options</c>: how speech barges in on a <c>play</c> (REST API v2 speech barge in options page).
/// Ignored unless the play's <c>barge_in_on_speech</c> is true.
/// </summary>
public sealed class SpeechBargeInOptions : WireObject
{
    /// <summary>The platform's default settings: any speech in US English barges in.</summary>
    public SpeechBargeInOptions()
    {
    }

    /// <summary>Barge in when one of <paramref name="bargeInPhrases"/> is said in <paramref name="language"/>.</summary>
    public SpeechBargeInOptions(string language, params IEnumerable<string> bargeInPhrases)
    {
        Language = language;
        BargeInPhrases = [.. bargeInPhrases];
    }

    /// <summary><c>language</c>: the BCP 47 code of the speech to recognise. Platform default: <c>en-US</c>.</summary>
    public string? Language { get; set; }

    /// <summary><c>barge_in_phrases</c>: the words or phrases that barge in. Platform default: none, any speech barges in.</summary>
    public List<string>? BargeInPhrases { get; set; }

    /// <summary><c>speech_model_options</c>: selects and configures the recognition model, kept as the JSON object given (its page was not found). Platform default: none.</summary>
    public JsonElement? SpeechModelOptions { get; set; }
}

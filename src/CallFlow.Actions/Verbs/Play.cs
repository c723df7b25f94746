using CallFlow.Actions.Media;
using CallFlow.Actions.Parts;

namespace CallFlow.Actions.Verbs;

/// <summary>
/// <c>play</c>: plays a list of media items (text to speech, audio files, DTMF digits) to the call.
/// Has no action result.
/// </summary>
public sealed class Play : TelephonyAction
{
    /// <summary>Creates an empty play action; add items with <see cref="AddText"/>, <see cref="AddFile"/> or <see cref="AddDigits"/>.</summary>
    public Play()
    {
    }

    /// <summary>Creates a play action with the given media items.</summary>
    public Play(params IEnumerable<MediaItem> items) => PlayList.AddRange(items);

    /// <summary><c>play_list</c> (required): the media items, played in order.</summary>
    public List<MediaItem> PlayList { get; set; } = [];

    /// <summary><c>barge_in_on_digit</c>: whether a key press stops the playback. Platform default: true.</summary>
    public bool? BargeInOnDigit { get; set; }

    /// <summary><c>barge_in_on_speech</c>: whether speech stops the playback (chargeable: it uses a speech recognition stream). Platform default: false.</summary>
    public bool? BargeInOnSpeech { get; set; }

    /// <summary><c>barge_in_on_speech_options</c>: the language and phrases that barge in; ignored unless <c>barge_in_on_speech</c> is true. Platform default: none, the defaults of <see cref="SpeechBargeInOptions"/>.</summary>
    public SpeechBargeInOptions? BargeInOnSpeechOptions { get; set; }

    /// <summary>A play action that plays one audio file, by its name in the media file store or a web page request for it.</summary>
    public static Play PlayFile(MediaFile fileToPlay) => new(new FileToPlay(fileToPlay));

    /// <summary>A play action that says one text with text to speech.</summary>
    public static Play SayText(string textToSay) => new(new TextToSay(textToSay));

    /// <summary>A play action that says one text with the given text-to-speech voice.</summary>
    public static Play SayText(string textToSay, string ttsVoice) => new(new TextToSay(textToSay) { TtsVoice = ttsVoice });

    /// <summary>A play action that plays DTMF digits.</summary>
    public static Play PlayDigits(string digitsToPlay) => new(new DigitsToPlay(digitsToPlay));

    /// <summary>Appends a text to say; returns this action for chaining.</summary>
    public Play AddText(string textToSay)
    {
        PlayList.Add(new TextToSay(textToSay));
        return this;
    }

    /// <summary>Appends an audio file to play, by its name in the media file store or a web page request for it; returns this action for chaining.</summary>
    public Play AddFile(MediaFile fileToPlay)
    {
        PlayList.Add(new FileToPlay(fileToPlay));
        return this;
    }

    /// <summary>Appends DTMF digits to play; returns this action for chaining.</summary>
    public Play AddDigits(string digitsToPlay)
    {
        PlayList.Add(new DigitsToPlay(digitsToPlay));
        return this;
    }
}

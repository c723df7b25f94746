using System.Text.Json.Serialization;
using CallFlow.Actions.Serialization;

namespace CallFlow.Actions.Parts;

/// <summary>
/// One option of a <c>run_speech_menu</c>: a word or short phrase, or a key, and the page it leads to
/// (<c>{"digit": "1", "word": "sales", "next_page": {...}}</c>; the v2 class page was not found, the names are those of the
/// version 1 run speech menu page, see docs/protocol.md).
/// </summary>
public sealed class SpeechMenuOption : WireObject
{
    /// <summary>Creates an empty option (a word or a digit, and the next page, are required before sending).</summary>
    public SpeechMenuOption()
    {
    }

    /// <summary>Creates an option: saying <paramref name="word"/> or pressing <paramref name="digit"/> requests <paramref name="nextPage"/>.</summary>
    public SpeechMenuOption(string word, char digit, WebPageRequest nextPage)
    {
        Word = word;
        Digit = digit;
        NextPage = nextPage;
    }

    /// <summary><c>digit</c>: the key that selects this option, one of <c>0123456789ABCD#*</c>. Platform default: none, the option is selected by speech only.</summary>
    [JsonConverter(typeof(OptionalDigitConverter))]
    public char? Digit { get; set; }

    /// <summary><c>word</c>: the word or short phrase that selects this option. Platform default: none, the option is selected by its key only.</summary>
    public string? Word { get; set; }

    /// <summary><c>next_page</c> (required): the page requested when this option is selected.</summary>
    public WebPageRequest? NextPage { get; set; }
}

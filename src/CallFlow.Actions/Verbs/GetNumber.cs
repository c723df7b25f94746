using System.Text.Json.Serialization;
using CallFlow.Actions.Parts;
using CallFlow.Actions.Serialization;

namespace CallFlow.Actions.Verbs;

/// <summary>
/// <c>get_number</c>: collects a number keyed in by the caller, then requests <see cref="NextPage"/>.
/// Result: <see cref="Results.GetNumberResult"/>.
/// </summary>
public sealed class GetNumber : TelephonyAction
{
    /// <summary>Creates an action with no next page yet (required before sending).</summary>
    public GetNumber()
    {
    }

    /// <summary>Creates an action that sends the entered number to <paramref name="nextPage"/>.</summary>
    public GetNumber(WebPageRequest nextPage) => NextPage = nextPage;

    /// <summary><c>next_page</c> (required): the page that receives the entered number.</summary>
    public WebPageRequest? NextPage { get; set; }

    /// <summary><c>prompt</c>: a play action that asks for the number. Platform default: null, no prompt.</summary>
    [JsonConverter(typeof(WrappedPlayConverter))]
    public Play? Prompt { get; set; }

    /// <summary><c>digit_count</c>: how many digits to collect; 0 means unlimited, ended by <see cref="EndDigit"/> (which must then not be <c>""</c>). Platform default: 0.</summary>
    public int? DigitCount { get; set; }

    /// <summary><c>end_digit</c>: the key that ends the number; <c>""</c> for none (then <see cref="DigitCount"/> must not be 0). Platform default: <c>#</c>.</summary>
    [JsonConverter(typeof(OptionalKeyConverter))]
    public string? EndDigit { get; set; }

    /// <summary><c>valid_digits</c>: the keys accepted as part of the number. Platform default: <c>0123456789</c>.</summary>
    public string? ValidDigits { get; set; }

    /// <summary><c>help_digit</c>: the key that replays the prompt; <c>""</c> for none. Platform default: <c>*</c>.</summary>
    [JsonConverter(typeof(OptionalKeyConverter))]
    public string? HelpDigit { get; set; }

    /// <summary><c>seconds_timeout</c>: seconds allowed for the input after the prompt; 0 returns at once with the digits already there. Platform default: 30.</summary>
    public int? SecondsTimeout { get; set; }

    /// <summary><c>milliseconds_inter_digit_timeout</c>: milliseconds allowed between two keys; 0 or less disables it. Platform default: 5000.</summary>
    public int? MillisecondsInterDigitTimeout { get; set; }

    /// <summary><c>milliseconds_initial_timeout</c>: milliseconds allowed before the first key. Platform default: the value of <see cref="MillisecondsInterDigitTimeout"/>.</summary>
    public int? MillisecondsInitialTimeout { get; set; }
}

using System.Text.Json.Serialization;
using CallFlow.Actions.Serialization;

namespace CallFlow.Actions.Parts;

/// <summary><c>digit_input_options</c>: which keys a <c>get_input</c> accepts and when the entry ends (REST API v2 digit input options page).</summary>
public sealed class DigitInputOptions : WireObject
{
    /// <summary>The most digits one entry may ask for.</summary>
    public const int MaxDigitCount = 32;

    /// <summary>The platform's default settings.</summary>
    public DigitInputOptions()
    {
    }

    /// <summary>An entry of <paramref name="digitCount"/> keys, each one of <paramref name="validDigits"/>.</summary>
    public DigitInputOptions(int digitCount, string validDigits)
    {
        DigitCount = digitCount;
        ValidDigits = validDigits;
    }

    /// <summary><c>digit_count</c>: how many digits to collect, at most 32; 0 means unlimited, ended by the end digit. Platform default: 0.</summary>
    public int? DigitCount { get; set; }

    /// <summary><c>end_digit</c>: the key that ends the entry; <c>""</c> for none. Platform default: <c>#</c>.</summary>
    [JsonConverter(typeof(OptionalKeyConverter))]
    public string? EndDigit { get; set; }

    /// <summary><c>valid_digits</c>: the keys accepted as input. Platform default: <c>0123456789</c>.</summary>
    public string? ValidDigits { get; set; }
}

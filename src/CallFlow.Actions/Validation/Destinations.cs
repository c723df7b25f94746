namespace CallFlow.Actions.Validation;

/// <summary>
/// What the platform accepts as a call destination or a caller (<c>destinations</c>, <c>call_from</c>). Its outbound
/// calls page: "anything containing only digits, optionally separated by a single '-'" is a telephone number and
/// "everything else" a SIP address (<c>bob@example.com</c>); the prefixes <c>tel:</c>, <c>sip:</c>, <c>loc:</c>,
/// <c>webrtc:</c>, <c>wss://</c> and <c>con:</c> name a kind explicitly. So almost any text is an address: refused are
/// only what cannot be one (empty, white space, control characters, an absurd length) and the one documented rule of a
/// prefix, that a <c>tel:</c> number is the full international number without a leading 0 (the <c>+</c> optional).
/// </summary>
public static class Destinations
{
    /// <summary>The longest destination accepted: far beyond any number or SIP address, short of a mistake.</summary>
    public const int MaxLength = 1024;

    private const string TelPrefix = "tel:";

    /// <summary>Whether <paramref name="destination"/> can be a destination (see <see cref="Problem"/>).</summary>
    public static bool IsValid(string? destination) => Problem(destination) is null;

    /// <summary>Why <paramref name="destination"/> cannot be a destination, as a phrase that follows it; null when it can.</summary>
    public static string? Problem(string? destination) =>
        string.IsNullOrEmpty(destination) ? "is empty; give a number such as 441908273800 or an address such as sip:bob@example.com"
        : destination.Length > MaxLength ? $"is longer than {MaxLength} characters"
        : destination.Any(char.IsWhiteSpace) ? "holds white space, which no number or address does"
        : destination.Any(char.IsControl) ? "holds a control character, which no number or address does"
        : destination.StartsWith(TelPrefix, StringComparison.OrdinalIgnoreCase) && !IsInternationalNumber(destination.AsSpan(TelPrefix.Length))
            ? "is not a tel: number: after tel: give the full international number without a leading 0, such as tel:441908273800 or tel:+441908273800"
        : null;

    private static bool IsInternationalNumber(ReadOnlySpan<char> number)
    {
        var digits = number.StartsWith("+") ? number[1..] : number;
        return digits.Length > 0 && digits[0] is >= '1' and <= '9';
    }
}

using System.Text.RegularExpressions;

namespace CallFlow.Actions.Validation;

/// <summary>What the platform accepts as a call destination: a phone number or a <c>sip:</c>/<c>sips:</c>/<c>tel:</c> address.</summary>
public static partial class Destinations
{
    /// <summary>Whether <paramref name="destination"/> is a phone number (digits, optionally after '+') or a sip/tel address.</summary>
    public static bool IsValid(string? destination) =>
        destination is not null && (PhoneNumber().IsMatch(destination) || Address().IsMatch(destination));

    [GeneratedRegex(@"^\+?[0-9]{3,20}$")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"^(sip|sips|tel):\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex Address();
}

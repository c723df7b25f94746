using System.Text.RegularExpressions;

namespace CallFlow.AspNetCore.DialConnect;

/// <summary>What click-to-call accepts as a number, as DIAL.CONNECT does: country code and digits only, or a <c>sip:</c> address.</summary>
public static partial class DialConnectNumbers
{
    /// <summary>How the rule reads in error messages.</summary>
    public const string Rule = "must be a phone number with its country code, digits only (7 to 15 digits, e.g. 12157010680), or a sip: address (sip:user@host)";

    /// <summary>Whether <paramref name="number"/> is a phone number or a SIP address that can be dialled.</summary>
    public static bool IsValid(string? number) => number is not null && (PhoneNumber().IsMatch(number) || SipAddress().IsMatch(number));

    [GeneratedRegex("^[1-9][0-9]{6,14}$")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"^sip:[^\s@:;]+@[^\s@;]{1,253}$", RegexOptions.IgnoreCase)]
    private static partial Regex SipAddress();
}

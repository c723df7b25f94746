namespace CallFlow.Actions.AppFiles;

/// <summary>
/// The digits of a calling or called address, as the prefix conditions and the <c>{call_from:N}</c> placeholders see
/// them: <c>+441611234567</c>, <c>tel:+44-161-123-4567</c> and <c>sip:441611234567@pbx.example.com;user=phone</c> are all <c>441611234567</c>.
/// </summary>
public static class CallNumber
{
    private static readonly string[] Schemes = ["sip:", "sips:", "tel:"];

    /// <summary>
    /// Drops a <c>sip:</c>, <c>sips:</c> or <c>tel:</c> scheme, a SIP address's host part, URI parameters, a leading <c>+</c>
    /// and the visual separators of tel URIs (<c>-.()</c> and spaces). A name such as <c>sip:alice@pbx</c> stays <c>alice</c>.
    /// </summary>
    public static string Digits(string? address)
    {
        if (string.IsNullOrEmpty(address))
        {
            return "";
        }

        var text = address.AsSpan().Trim();
        foreach (var scheme in Schemes)
        {
            if (text.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                text = text[scheme.Length..];
                break;
            }
        }

        var end = text.IndexOfAny('@', ';', '?');
        if (end >= 0)
        {
            text = text[..end];
        }

        Span<char> digits = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (c is not ('+' or '-' or '.' or '(' or ')' or ' '))
            {
                digits[length++] = c;
            }
        }

        return length == address.Length ? address : new string(digits[..length]);
    }
}

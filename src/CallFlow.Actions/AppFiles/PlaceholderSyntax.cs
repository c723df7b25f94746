namespace CallFlow.Actions.AppFiles;

/// <summary>
/// The placeholder syntax of app files: <c>{name}</c> or <c>{name:N}</c> inside any string value of an action;
/// <c>{{</c> writes a literal <c>{</c>. The table here is the one list of names, so messages and docs agree.
/// </summary>
internal static class PlaceholderSyntax
{
    private static readonly (string Text, PlaceholderName Name, bool TakesDigitCount)[] Names =
    [
        ("call_from", PlaceholderName.CallFrom, true),
        ("call_to", PlaceholderName.CallTo, true),
        ("call_id", PlaceholderName.CallId, false),
        ("entered_number", PlaceholderName.EnteredNumber, false),
        ("selected_digit", PlaceholderName.SelectedDigit, false),
    ];

    internal const int MaxDigitCount = 99;

    internal const string KnownList = "{call_from}, {call_to}, {call_id}, {entered_number}, {selected_digit}, {call_from:N} or {call_to:N}";

    /// <summary>Reads the inside of <c>{...}</c>; returns null and an error for anything that is not a placeholder.</summary>
    internal static Placeholder? Parse(ReadOnlySpan<char> inside, out string? error)
    {
        error = null;
        var colon = inside.IndexOf(':');
        var name = colon < 0 ? inside : inside[..colon];
        foreach (var known in Names)
        {
            if (!name.SequenceEqual(known.Text))
            {
                continue;
            }

            if (colon < 0)
            {
                return new Placeholder(known.Name, null);
            }

            if (!known.TakesDigitCount)
            {
                error = $"{{{inside}}} takes no digit count; only {{call_from:N}} and {{call_to:N}} do";
                return null;
            }

            var count = inside[(colon + 1)..];
            if (count.Length is 0 or > 2 || !int.TryParse(count, out var digits) || digits < 1 || count[0] is '+' or '-')
            {
                error = $"{{{inside}}} needs a digit count N from 1 to {MaxDigitCount}";
                return null;
            }

            return new Placeholder(known.Name, digits);
        }

        error = $"{{{inside}}} is not a placeholder; use {KnownList} (write {{{{ for a literal {{)";
        return null;
    }
}

using CallFlow.Actions.Requests;
using CallFlow.Actions.Results;

namespace CallFlow.Actions.AppFiles;

/// <summary>
/// What the placeholders of one page request stand for. A value the request does not have (an entered number on a
/// first page) is the empty string; the answer is validated before it is sent, so an unusable result falls back safely.
/// </summary>
public sealed class PlaceholderValues
{
    private string? _callFromDigits;
    private string? _callToDigits;

    /// <summary>Values given one by one (tests and tools).</summary>
    public PlaceholderValues(string? callFrom, string? callTo, string? callId, string? enteredNumber, string? selectedDigit)
    {
        CallFrom = callFrom ?? "";
        CallTo = callTo ?? "";
        CallId = callId ?? "";
        EnteredNumber = enteredNumber ?? "";
        SelectedDigit = selectedDigit ?? "";
    }

    /// <summary>
    /// The values an app file is checked with at load, so actions whose strings hold placeholders
    /// (<c>"destinations": ["{entered_number}"]</c>) are validated as a plausible call would fill them.
    /// </summary>
    public static PlaceholderValues Sample { get; } = new("441908273801", "442071234567", "c-1a2b", "1234", "1");

    /// <summary><c>{call_from}</c>: <c>this_call.call_from</c> as sent.</summary>
    public string CallFrom { get; }

    /// <summary><c>{call_to}</c>: <c>this_call.call_to</c> as sent.</summary>
    public string CallTo { get; }

    /// <summary><c>{call_id}</c>: <c>this_call.call_id</c>.</summary>
    public string CallId { get; }

    /// <summary><c>{entered_number}</c>: the number entered in the get_number that requested this page.</summary>
    public string EnteredNumber { get; }

    /// <summary><c>{selected_digit}</c>: the key selected in the run_menu that requested this page.</summary>
    public string SelectedDigit { get; }

    /// <summary>The digits of <see cref="CallFrom"/> (see <see cref="CallNumber.Digits"/>), worked out once when first needed.</summary>
    public string CallFromDigits => _callFromDigits ??= CallNumber.Digits(CallFrom);

    /// <summary>The digits of <see cref="CallTo"/>, worked out once when first needed.</summary>
    public string CallToDigits => _callToDigits ??= CallNumber.Digits(CallTo);

    /// <summary>The values of a page request.</summary>
    public static PlaceholderValues From(InstanceInfo instance)
    {
        var call = instance.ThisCall;
        var selected = (instance.ActionResult as RunMenuResult)?.SelectedDigit;
        return new PlaceholderValues(
            call?.CallFrom,
            call?.CallTo,
            call?.CallId,
            (instance.ActionResult as GetNumberResult)?.EnteredNumber,
            selected is { } key ? KeyStrings.Of(key) : null);
    }

    internal string Value(Placeholder placeholder) => placeholder.Name switch
    {
        PlaceholderName.CallFrom when placeholder.DigitCount is { } count => Prefix(CallFromDigits, count),
        PlaceholderName.CallTo when placeholder.DigitCount is { } count => Prefix(CallToDigits, count),
        PlaceholderName.CallFrom => CallFrom,
        PlaceholderName.CallTo => CallTo,
        PlaceholderName.CallId => CallId,
        PlaceholderName.EnteredNumber => EnteredNumber,
        PlaceholderName.SelectedDigit => SelectedDigit,
        _ => throw new ArgumentOutOfRangeException(nameof(placeholder), placeholder.Name, "Every placeholder name has a value."),
    };

    private static string Prefix(string digits, int count) => digits.Length <= count ? digits : digits[..count];
}

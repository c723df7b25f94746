namespace CallFlow.Actions.AppFiles;

/// <summary>
/// The <c>when</c> of a rule. Every condition that is set must hold; a condition with several values holds when any
/// of them matches. Unset conditions (null) are not checked.
/// </summary>
public sealed record RuleConditions
{
    /// <summary>The condition keys, in the order the docs list them.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["days", "time", "dates", "caller_prefix", "called_prefix", "digits", "parameters"];

    /// <summary><c>days</c>: the days of the week, in the app's time zone.</summary>
    public IReadOnlySet<DayOfWeek>? Days { get; internal init; }

    /// <summary><c>time</c>: ranges of the time of day, in the app's time zone.</summary>
    public IReadOnlyList<TimeRange>? Times { get; internal init; }

    /// <summary><c>dates</c>: calendar dates, in the app's time zone.</summary>
    public IReadOnlySet<DateOnly>? Dates { get; internal init; }

    /// <summary><c>caller_prefix</c>: digit prefixes of <c>call_from</c> (see <see cref="CallNumber.Digits"/>).</summary>
    public IReadOnlyList<string>? CallerPrefixes { get; internal init; }

    /// <summary><c>called_prefix</c>: digit prefixes of <c>call_to</c>.</summary>
    public IReadOnlyList<string>? CalledPrefixes { get; internal init; }

    /// <summary><c>digits</c>: the whole entered number of a get_number, or the selected digit of a run_menu.</summary>
    public IReadOnlySet<string>? Digits { get; internal init; }

    /// <summary><c>parameters</c>: text found anywhere in <c>application_parameters</c>.</summary>
    public IReadOnlyList<string>? Parameters { get; internal init; }

    /// <summary>Whether a condition needs the clock (and so the app's time zone).</summary>
    public bool UsesClock => Days is not null || Times is not null || Dates is not null;
}

using CallFlow.Actions.AppFiles;

namespace CallFlow.AspNetCore.Declarative;

/// <summary>Decides whether a rule's <c>when</c> holds for a request: every condition set must hold, each by any of its values.</summary>
internal static class RuleMatcher
{
    internal static bool Holds(RuleConditions when, PlaceholderValues call, string? applicationParameters, ref LocalClock clock)
    {
        if (when.Days is { } days && !days.Contains(clock.Now.DayOfWeek))
        {
            return false;
        }

        if (when.Dates is { } dates && !dates.Contains(DateOnly.FromDateTime(clock.Now)))
        {
            return false;
        }

        if (when.Times is { } times && !InAnyRange(times, TimeOnly.FromDateTime(clock.Now)))
        {
            return false;
        }

        if (when.CallerPrefixes is { } callerPrefixes && !StartsWithAny(call.CallFromDigits, callerPrefixes))
        {
            return false;
        }

        if (when.CalledPrefixes is { } calledPrefixes && !StartsWithAny(call.CallToDigits, calledPrefixes))
        {
            return false;
        }

        // A condition value is never empty, so a page without a get_number or run_menu result never matches digits.
        if (when.Digits is { } digits && !digits.Contains(call.EnteredNumber) && !digits.Contains(call.SelectedDigit))
        {
            return false;
        }

        return when.Parameters is not { } parameters || ContainsAny(applicationParameters, parameters);
    }

    private static bool InAnyRange(IReadOnlyList<TimeRange> ranges, TimeOnly time)
    {
        foreach (var range in ranges)
        {
            if (range.Contains(time))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithAny(string digits, IReadOnlyList<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (digits.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(string? text, IReadOnlyList<string> parts)
    {
        if (text is null)
        {
            return false;
        }

        foreach (var part in parts)
        {
            if (text.Contains(part, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

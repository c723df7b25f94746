using System.Globalization;
using System.Text.Json;

namespace CallFlow.AspNetCore.Calls;

/// <summary>
/// Reads the query of <c>GET /api/calls</c> (and of the inspector's call list, which takes the same parameters),
/// collecting a message for each parameter that is wrong.
/// </summary>
internal static class CallListParameters
{
    /// <summary>The wire names of <see cref="CallOutcome"/>'s values, as <c>outcome</c> takes them.</summary>
    public static IReadOnlyList<string> OutcomeNames { get; } = Enum.GetValues<CallOutcome>().Select(OutcomeName).ToList();

    /// <summary>The wire name of <paramref name="outcome"/> (<c>no_problem</c>).</summary>
    public static string OutcomeName(CallOutcome outcome) => JsonNamingPolicy.SnakeCaseLower.ConvertName(outcome.ToString());

    /// <summary>The store query the parameters ask for; <paramref name="errors"/> names each bad parameter when there is none.</summary>
    public static CallQuery? Read(CallListArguments arguments, out Dictionary<string, string[]> errors)
    {
        errors = [];
        if (arguments.App is not null && string.IsNullOrWhiteSpace(arguments.App))
        {
            errors["app"] = ["app must name an app; leave it out to list every app."];
        }

        if (arguments.Number is not null && string.IsNullOrWhiteSpace(arguments.Number))
        {
            errors["number"] = ["number must hold the start of a from or to number; leave it out to list every number."];
        }

        var since = Instant(arguments.Since, "since", errors);
        var until = Instant(arguments.Until, "until", errors);
        if (since > until)
        {
            errors["until"] = ["until must not be earlier than since."];
        }

        CallOutcome? outcome = null;
        if (arguments.Outcome is not null)
        {
            outcome = Enum.GetValues<CallOutcome>().Cast<CallOutcome?>().FirstOrDefault(value => OutcomeName(value!.Value) == arguments.Outcome);
            if (outcome is null)
            {
                errors["outcome"] = [$"outcome must be one of {string.Join(", ", OutcomeNames)} (got '{arguments.Outcome}')."];
            }
        }

        var pageSize = CallQuery.DefaultLimit;
        if (arguments.Limit is not null
            && (!int.TryParse(arguments.Limit, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > CallQuery.MaxLimit))
        {
            errors["limit"] = [$"limit must be a whole number from 1 to {CallQuery.MaxLimit} (got '{arguments.Limit}')."];
        }

        CallCursor? after = null;
        if (arguments.Cursor is not null && !CallCursor.TryParse(arguments.Cursor, out after))
        {
            errors["cursor"] = ["cursor must be a next_cursor value from an earlier answer, passed back unchanged."];
        }

        return errors.Count > 0
            ? null
            : new CallQuery
            {
                App = arguments.App,
                Since = since,
                Until = until,
                NumberPrefix = arguments.Number,
                Outcome = outcome,
                Limit = pageSize,
                After = after,
            };
    }

    private static DateTimeOffset? Instant(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return parsed;
        }

        errors[name] = [$"{name} must be an ISO 8601 date and time such as 2026-01-31T09:00:00Z (got '{text}')."];
        return null;
    }
}

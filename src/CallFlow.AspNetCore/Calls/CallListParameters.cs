using System.Globalization;

namespace CallFlow.AspNetCore.Calls;

/// <summary>Reads the query of <c>GET /api/calls</c>, collecting a message for each parameter that is wrong.</summary>
internal static class CallListParameters
{
    /// <summary>The store query the parameters ask for; <paramref name="errors"/> names each bad parameter when there is none.</summary>
    public static CallQuery? Read(string? app, string? since, string? limit, string? cursor, out Dictionary<string, string[]> errors)
    {
        errors = [];
        if (app is not null && string.IsNullOrWhiteSpace(app))
        {
            errors["app"] = ["app must name an app; leave it out to list every app."];
        }

        DateTimeOffset? sinceInstant = null;
        if (since is not null)
        {
            if (DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                sinceInstant = parsed;
            }
            else
            {
                errors["since"] = [$"since must be an ISO 8601 date and time such as 2026-01-31T09:00:00Z (got '{since}')."];
            }
        }

        var pageSize = CallQuery.DefaultLimit;
        if (limit is not null
            && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > CallQuery.MaxLimit))
        {
            errors["limit"] = [$"limit must be a whole number from 1 to {CallQuery.MaxLimit} (got '{limit}')."];
        }

        CallCursor? after = null;
        if (cursor is not null && !CallCursor.TryParse(cursor, out after))
        {
            errors["cursor"] = ["cursor must be a next_cursor value from an earlier answer, passed back unchanged."];
        }

        return errors.Count > 0 ? null : new CallQuery { App = app, Since = sinceInstant, Limit = pageSize, After = after };
    }
}

using System.Data.Common;
using CallFlow.AspNetCore.Storage;

namespace CallFlow.AspNetCore.Calls;

/// <summary>
/// The SQL of one page of the call list. Every filter is a condition on the walk of an index already in the newest
/// first order (<c>calls_newest</c>, or <c>calls_newest_by_app</c> for one app), so the database stops after the page's
/// rows instead of sorting or skipping an offset; the problem mark is one probe of <c>page_exchanges_by_call</c> a row.
/// </summary>
internal static class CallListCommand
{
    /// <summary>The summary columns as read back, the problem mark last.</summary>
    public const string SelectColumns = SqlCallStore.SummaryColumns + ", " + HasProblem;

    private const string HasProblem = "EXISTS (SELECT 1 FROM page_exchanges problems WHERE problems.call_seq = calls.seq AND problems.failure IS NOT NULL)";

    /// <summary>A command listing <paramref name="query"/>'s page, one row more than asked to tell whether another follows.</summary>
    public static DbCommand Create(StorageDatabase database, DbConnection connection, CallQuery query)
    {
        var command = database.CreateCommand(connection, "");
        var conditions = new List<string>();
        if (query.App is not null)
        {
            conditions.Add("app = @app");
            database.AddParameter(command, "app", query.App);
        }

        if (query.Since is { } since)
        {
            conditions.Add("last_seen >= @since");
            database.AddParameter(command, "since", UnixMicroseconds.From(since));
        }

        if (query.Until is { } until)
        {
            conditions.Add("last_seen < @until");
            database.AddParameter(command, "until", UnixMicroseconds.From(until));
        }

        if (query.NumberPrefix is { } prefix)
        {
            // substr rather than LIKE: a prefix holding % or _ means itself, and both engines compare it case-sensitively.
            conditions.Add("(substr(call_from, 1, @prefix_length) = @prefix OR substr(call_to, 1, @prefix_length) = @prefix)");
            database.AddParameter(command, "prefix", prefix);
            database.AddParameter(command, "prefix_length", prefix.Length);
        }

        switch (query.Outcome)
        {
            case CallOutcome.Problem:
                conditions.Add(HasProblem);
                break;
            case CallOutcome.NoProblem:
                conditions.Add("NOT " + HasProblem);
                break;
            case CallOutcome.Unfinished:
                conditions.Add("final_cause IS NULL");
                break;
        }

        if (query.After is { } after)
        {
            conditions.Add("(last_seen, call_id) < (@after_seen, @after_id)");
            database.AddParameter(command, "after_seen", after.LastSeen);
            database.AddParameter(command, "after_id", after.CallId);
        }

        var where = conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
        command.CommandText = $"SELECT {SelectColumns} FROM calls {where} ORDER BY last_seen DESC, call_id DESC LIMIT @limit";
        database.AddParameter(command, "limit", query.Limit + 1);
        return command;
    }
}

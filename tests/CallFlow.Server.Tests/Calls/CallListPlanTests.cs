using System.Data.Common;
using CallFlow.AspNetCore.Calls;
using CallFlow.Server.Tests.Storage;

namespace CallFlow.Server.Tests.Calls;

/// <summary>
/// The call list on a history of 100,000 calls: every filter the inspector offers walks an index already in the list's
/// order and stops after the page (no sort of the whole history, no offset), and the cursor pages through it without
/// repeats or gaps. What is checked is the query plan and the pages, not a time.
/// </summary>
public sealed class CallListPlanTests(SqliteTestDatabase db) : IClassFixture<SqliteTestDatabase>
{
    private const int Calls = 100_000;

    // Every tenth call has an exchange that fell back.
    private const string Seed = """
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
        INSERT INTO calls (call_id, app, call_from, call_to, first_seen, last_seen, last_page, final_cause, exchange_count)
        SELECT printf('c-%06d', i), CASE i % 3 WHEN 0 THEN 'menu' WHEN 1 THEN 'reception' ELSE 'conference' END,
               printf('4419%08d', i), '442071234567', 1700000000000000 + i * 1000000, 1700000000000000 + i * 1000000 + 500,
               'final', CASE WHEN i % 50 = 0 THEN NULL ELSE 'completed' END, 1
        FROM n;
        INSERT INTO page_exchanges (call_id, call_seq, app, page, received_at, method, request, status_code, response, elapsed_us, failure)
        SELECT call_id, seq, app, 'first', first_seen, 'POST', '{}', 200, '{}', 100, CASE WHEN seq % 10 = 0 THEN 'fell back' END FROM calls;
        """;

    private static readonly DateTimeOffset Middle = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000 + (Calls / 2 * 1000L));

    public static TheoryData<string, CallQuery> Filters => new()
    {
        { "no filter", new CallQuery() },
        { "app", new CallQuery { App = "menu" } },
        { "number prefix", new CallQuery { NumberPrefix = "441900001" } },
        { "problems", new CallQuery { Outcome = CallOutcome.Problem } },
        { "no problems", new CallQuery { Outcome = CallOutcome.NoProblem } },
        { "unfinished", new CallQuery { Outcome = CallOutcome.Unfinished } },
        { "time range", new CallQuery { Since = Middle.AddHours(-1), Until = Middle } },
        { "everything", new CallQuery { App = "reception", NumberPrefix = "4419", Outcome = CallOutcome.Problem, Since = Middle.AddDays(-1), Until = Middle } },
        { "after a cursor", new CallQuery { After = new CallCursor(1_700_000_000_000_000 + (Calls / 2 * 1_000_000L), "c-050000") } },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task EveryFilterWalksAnIndexInTheListsOrderWithoutSortingTheHistory(string filter, CallQuery query)
    {
        await SeedOnceAsync();

        var plan = await PlanAsync(query);

        Assert.True(plan.Any(step => step.Contains("USING INDEX calls_newest", StringComparison.Ordinal)), $"{filter}: the plan uses no newest-first index:\n{string.Join('\n', plan)}");
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheCursorPagesThroughAFilteredHistoryWithoutRepeatsOrGaps()
    {
        await SeedOnceAsync();
        var query = new CallQuery { App = "menu", Outcome = CallOutcome.Problem, Limit = CallQuery.MaxLimit };
        var seen = new List<CallSummary>();

        for (var page = await db.Store.ListCallsAsync(query, CancellationToken.None); ; page = await db.Store.ListCallsAsync(query with { After = page.Next }, CancellationToken.None))
        {
            seen.AddRange(page.Calls);
            if (page.Next is null)
            {
                break;
            }
        }

        // Calls whose number is a multiple of 3 (menu) and of 10 (a failed exchange): 3,333 of them.
        Assert.Equal(Calls / 30, seen.Count);
        Assert.Equal(seen.Count, seen.Select(c => c.CallId).Distinct().Count());
        Assert.Equal(seen.OrderByDescending(c => c.LastSeen).Select(c => c.CallId), seen.Select(c => c.CallId));
        Assert.All(seen, call => Assert.True(call.HasProblem && call.App == "menu"));
    }

    private async Task<List<string>> PlanAsync(CallQuery query)
    {
        await using var connection = await db.Database.OpenConnectionAsync(CancellationToken.None);
        await using var command = CallListCommand.Create(db.Database, connection, query);
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }

    private async Task SeedOnceAsync()
    {
        if (await TestDatabase.ScalarAsync(db.Database, "SELECT COUNT(*) FROM calls") > 0)
        {
            return;
        }

        await using var connection = await db.Database.OpenConnectionAsync(CancellationToken.None);
        await using DbCommand command = db.Database.CreateCommand(connection, Seed);
        await command.ExecuteNonQueryAsync();
    }
}

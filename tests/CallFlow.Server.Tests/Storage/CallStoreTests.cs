using CallFlow.AspNetCore.Calls;
using CallFlow.AspNetCore.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static CallFlow.Server.Tests.Storage.SampleExchanges;

namespace CallFlow.Server.Tests.Storage;

/// <summary>
/// The call store's behaviour, run once per engine by the concrete classes below it. Each class gets a fresh database;
/// each test uses its own call ids and app names, so tests never see each other's calls.
/// </summary>
public abstract class CallStoreTests<TDatabase>(TDatabase db) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private SqlCallStore Store => db.Store;

    [StoreFact]
    public async Task AnAppendedExchangeComesBackWithEveryField()
    {
        var callId = NewCallId();
        var fallback = Page(NewApp(), callId, "menu", Start.AddTicks(1_234_560)) with
        {
            Method = "GET",
            StatusCode = 200,
            ElapsedMicroseconds = 5_000_123,
            Failure = "The handler timed out after 5 s; the app's fallback answered.",
        };
        var notification = Page(fallback.App, callId, "final", Start.AddSeconds(2), "hung_up") with { StatusCode = 204, Response = null };

        await Store.AppendAllAsync([fallback, notification]);

        var history = await Store.FindCallAsync(callId, CancellationToken.None);
        Assert.NotNull(history);
        Assert.Equal([fallback, notification], history.Exchanges);
    }

    [StoreFact]
    public async Task ManyConcurrentAppendsAreAllCommitted()
    {
        var app = NewApp();
        var calls = Enumerable.Range(0, 40).Select(_ => NewCallId()).ToList();
        var exchanges = calls.SelectMany(call => Enumerable.Range(0, 10).Select(i => Page(app, call, $"step{i}", Start.AddMilliseconds(i)))).ToList();

        await Task.WhenAll(exchanges.Select(e => Task.Run(() => Store.AppendAsync(e, CancellationToken.None))));

        foreach (var call in calls)
        {
            var history = await Store.FindCallAsync(call, CancellationToken.None);
            Assert.NotNull(history);
            Assert.Equal(10, history.Call.ExchangeCount);
            Assert.Equal(Enumerable.Range(0, 10).Select(i => $"step{i}"), history.Exchanges.Select(e => e.Page));
        }
    }

    [StoreFact]
    public async Task ACallSummarySaysWhoCalledWhomHowFarItGotAndHowItEnded()
    {
        var app = NewApp();
        var callId = NewCallId();
        await Store.AppendAllAsync(Call(app, callId, Start, "busy", "menu", "connected"));

        var call = Assert.Single((await Store.ListCallsAsync(new CallQuery { App = app }, CancellationToken.None)).Calls);

        Assert.Equal(
            new CallSummary
            {
                CallId = callId, App = app, From = From, To = To, FirstSeen = Start, LastSeen = Start.AddSeconds(3),
                LastPage = "final", FinalCause = "busy", ExchangeCount = 4,
            },
            call);
    }

    [StoreFact]
    public async Task ExchangesAppendedOutOfOrderComeBackInTheOrderReceived()
    {
        var app = NewApp();
        var callId = NewCallId();
        var call = Call(app, callId, Start, "completed", "menu");

        await Store.AppendAllAsync(call.Reverse());

        var history = await Store.FindCallAsync(callId, CancellationToken.None);
        Assert.NotNull(history);
        Assert.Equal(["first", "menu", "final"], history.Exchanges.Select(e => e.Page));
        Assert.Equal(("final", Start, Start.AddSeconds(2)), (history.Call.LastPage, history.Call.FirstSeen, history.Call.LastSeen));
    }

    [StoreFact]
    public async Task CallsAreListedNewestFirstAndPagedWithoutRepeatsOrGaps()
    {
        var app = NewApp();
        var calls = Enumerable.Range(0, 7).Select(i => (Id: NewCallId(), Start: Start.AddMinutes(i))).ToList();
        // Two calls last seen at the same instant: the call id breaks the tie, so paging still loses nothing.
        calls.Add((NewCallId(), Start.AddMinutes(3)));
        foreach (var (id, start) in calls)
        {
            await Store.AppendAsync(Page(app, id, "first", start), CancellationToken.None);
        }

        var listed = new List<string>();
        var pages = 0;
        CallCursor? cursor = null;
        do
        {
            var page = await Store.ListCallsAsync(new CallQuery { App = app, Limit = 3, After = cursor }, CancellationToken.None);
            listed.AddRange(page.Calls.Select(c => c.CallId));
            cursor = page.Next;
            pages++;
        }
        while (cursor is not null);

        var newestFirst = calls.OrderByDescending(c => c.Start).ThenByDescending(c => c.Id, StringComparer.Ordinal).Select(c => c.Id);
        Assert.Equal(newestFirst, listed);
        Assert.Equal(3, pages);
    }

    [StoreFact]
    public async Task ListingFiltersByAppAndByLastSeen()
    {
        var (app, otherApp) = (NewApp(), NewApp());
        var (early, late, elsewhere) = (NewCallId(), NewCallId(), NewCallId());
        await Store.AppendAllAsync([Page(app, early, "first", Start), Page(app, late, "first", Start.AddHours(1)), Page(otherApp, elsewhere, "first", Start.AddHours(2))]);

        var sinceHalfAnHour = await Store.ListCallsAsync(new CallQuery { App = app, Since = Start.AddMinutes(30) }, CancellationToken.None);
        var sinceStart = await Store.ListCallsAsync(new CallQuery { App = app, Since = Start }, CancellationToken.None);

        Assert.Equal([late], sinceHalfAnHour.Calls.Select(c => c.CallId));
        Assert.Equal([late, early], sinceStart.Calls.Select(c => c.CallId));
    }

    [StoreFact]
    public async Task ListingFiltersByTheStartOfTheFromOrToNumberTakenLiterally()
    {
        var app = NewApp();
        var (fromMatch, toMatch, neither, wildcard) = (NewCallId(), NewCallId(), NewCallId(), NewCallId());
        await Store.AppendAllAsync(
        [
            FirstPageBetween(app, fromMatch, Start, "4420799911", "441908000000"),
            FirstPageBetween(app, toMatch, Start.AddSeconds(1), "441908000000", "4420799922"),
            FirstPageBetween(app, neither, Start.AddSeconds(2), "441908000000", "441908000001"),
            FirstPageBetween(app, wildcard, Start.AddSeconds(3), "44_0%", "441908000001"),
        ]);

        var london = await Store.ListCallsAsync(new CallQuery { App = app, NumberPrefix = "44207999" }, CancellationToken.None);
        var literal = await Store.ListCallsAsync(new CallQuery { App = app, NumberPrefix = "44_" }, CancellationToken.None);

        Assert.Equal([toMatch, fromMatch], london.Calls.Select(c => c.CallId));
        Assert.Equal([wildcard], literal.Calls.Select(c => c.CallId));
    }

    [StoreFact]
    public async Task ACallWithAFailedPageIsMarkedAndTheOutcomeFilterFindsIt()
    {
        var app = NewApp();
        var (failed, clean, going) = (NewCallId(), NewCallId(), NewCallId());
        await Store.AppendAllAsync(Call(app, clean, Start));
        await Store.AppendAllAsync([.. Call(app, failed, Start.AddMinutes(1), "completed", "menu").Select(e => e.Page == "menu" ? e with { Failure = "actions[0].connect.destinations is required" } : e)]);
        await Store.AppendAllAsync([Page(app, going, "first", Start.AddMinutes(2))]);

        var all = await Store.ListCallsAsync(new CallQuery { App = app }, CancellationToken.None);
        var problems = await Store.ListCallsAsync(new CallQuery { App = app, Outcome = CallOutcome.Problem }, CancellationToken.None);
        var noProblems = await Store.ListCallsAsync(new CallQuery { App = app, Outcome = CallOutcome.NoProblem }, CancellationToken.None);
        var unfinished = await Store.ListCallsAsync(new CallQuery { App = app, Outcome = CallOutcome.Unfinished }, CancellationToken.None);

        Assert.Equal([(going, false), (failed, true), (clean, false)], all.Calls.Select(c => (c.CallId, c.HasProblem)));
        Assert.Equal([failed], problems.Calls.Select(c => c.CallId));
        Assert.Equal([going, clean], noProblems.Calls.Select(c => c.CallId));
        Assert.Equal([going], unfinished.Calls.Select(c => c.CallId));
        Assert.True((await Store.FindCallAsync(failed, CancellationToken.None))!.Call.HasProblem);
    }

    [StoreFact]
    public async Task ListingKeepsCallsLastSeenBeforeUntil()
    {
        var app = NewApp();
        var (early, late) = (NewCallId(), NewCallId());
        await Store.AppendAllAsync([Page(app, early, "first", Start), Page(app, late, "first", Start.AddHours(1))]);

        var beforeLate = await Store.ListCallsAsync(new CallQuery { App = app, Since = Start, Until = Start.AddHours(1) }, CancellationToken.None);

        Assert.Equal([early], beforeLate.Calls.Select(c => c.CallId));
    }

    [StoreFact]
    public async Task AnUnknownCallIsNotFound()
    {
        Assert.Null(await Store.FindCallAsync(NewCallId(), CancellationToken.None));
    }

    [StoreFact]
    public async Task AMalformedRequestWithoutCallIdIsStoredAsReceivedButNotListed()
    {
        var app = NewApp();
        var garbage = "{\"instance_info\": {\"this_call\": " + Guid.NewGuid();
        await Store.AppendAsync(
            new PageExchange
            {
                App = app, Page = "first", ReceivedAt = Start, Method = "POST", Request = garbage, StatusCode = 400,
                Response = """{"title":"The page request is not valid JSON."}""", ElapsedMicroseconds = 12, Failure = "invalid JSON at $.instance_info.this_call",
            },
            CancellationToken.None);

        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM page_exchanges WHERE request = @text AND call_id IS NULL AND failure IS NOT NULL", garbage));
        Assert.Empty((await Store.ListCallsAsync(new CallQuery { App = app }, CancellationToken.None)).Calls);
    }

    [StoreFact]
    public async Task TextWithANulCharacterIsStoredRatherThanRefused()
    {
        var callId = NewCallId();
        var exchange = Page(NewApp(), callId, "first", Start) with { Request = "{\"instance_info\":\"a\0b\"}", Failure = "instance_info must be an object" };

        await Store.AppendAsync(exchange, CancellationToken.None);

        var stored = Assert.Single((await Store.FindCallAsync(callId, CancellationToken.None))!.Exchanges);
        Assert.Matches("^\\{\"instance_info\":\"a[\0\uFFFD]b\"\\}$", stored.Request);
    }

    [StoreFact]
    public async Task PruningDeletesCallsLastSeenBeforeTheCutoffWithTheirExchanges()
    {
        var app = NewApp();
        var (old, recent) = (NewCallId(), NewCallId());
        await Store.AppendAllAsync([.. Call(app, old, Start.AddDays(-40)), .. Call(app, recent, Start.AddDays(-1))]);

        var pruned = await Store.PruneAsync(Start.AddDays(-30), CancellationToken.None);

        Assert.True(pruned >= 1);
        Assert.Null(await Store.FindCallAsync(old, CancellationToken.None));
        Assert.Equal(0, await db.ScalarAsync("SELECT COUNT(*) FROM page_exchanges WHERE call_id = @text", old));
        Assert.Equal(2, (await Store.FindCallAsync(recent, CancellationToken.None))?.Exchanges.Count);
    }

    [StoreFact]
    public async Task PruningDeletesExchangesWithoutACallIdReceivedBeforeTheCutoff()
    {
        var app = NewApp();
        var malformed = (DateTimeOffset at) => Page(app, NewCallId(), "first", at) with { CallId = null, Request = "{", StatusCode = 400 };
        await Store.AppendAllAsync([malformed(Start.AddDays(-40)), malformed(Start.AddDays(-1))]);

        await Store.PruneAsync(Start.AddDays(-30), CancellationToken.None);

        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM page_exchanges WHERE app = @text", app));
        Assert.Equal(UnixMicroseconds.From(Start.AddDays(-1)), await db.ScalarAsync("SELECT received_at FROM page_exchanges WHERE app = @text", app));
    }

    [StoreFact]
    public async Task TheRetentionServiceKeepsRetentionDaysOfHistoryAndZeroKeepsEverything()
    {
        var app = NewApp();
        var (outside, inside) = (NewCallId(), NewCallId());
        await Store.AppendAllAsync([Page(app, outside, "first", Start.AddDays(-31)), Page(app, inside, "first", Start.AddDays(-29))]);

        await Retention(days: 0).PruneOnceAsync(CancellationToken.None);
        Assert.NotNull(await Store.FindCallAsync(outside, CancellationToken.None));

        await Retention(days: 30).PruneOnceAsync(CancellationToken.None);
        Assert.Null(await Store.FindCallAsync(outside, CancellationToken.None));
        Assert.NotNull(await Store.FindCallAsync(inside, CancellationToken.None));
    }

    [StoreFact]
    public async Task ADatabaseWrittenByANewerCallFlowIsRefused()
    {
        var schema = new ProbeSchema(versions: 1);
        await using (var current = db.Open(schema))
        {
            await current.EnsureMigratedAsync(CancellationToken.None);
        }

        await using (var newer = db.Open(schema.NextRelease()))
        {
            await newer.EnsureMigratedAsync(CancellationToken.None);
        }

        await using var older = db.Open(schema);
        var refused = await Assert.ThrowsAsync<StorageSchemaTooNewException>(() => older.EnsureMigratedAsync(CancellationToken.None));
        Assert.Equal((schema.Name, 2, 1), (refused.Schema, refused.DatabaseVersion, refused.KnownVersion));
        Assert.Contains("newer CallFlow", refused.Message);
        Assert.Contains("CallFlow:Storage:ConnectionString", refused.Message);
    }

    [StoreFact]
    public async Task AnUpgradeRunsOnlyTheMigrationsNotYetApplied()
    {
        var schema = new ProbeSchema(versions: 1);
        await using (var first = db.Open(schema))
        {
            await first.EnsureMigratedAsync(CancellationToken.None);
        }

        // Version 1 creates a table: running it a second time would fail.
        await using var upgraded = db.Open(schema.NextRelease());
        await upgraded.EnsureMigratedAsync(CancellationToken.None);

        Assert.Equal(2, await db.ScalarAsync("SELECT version FROM callflow_schema WHERE feature = @text", schema.Name));
        Assert.Equal(0, await db.ScalarAsync($"SELECT COUNT(*) FROM {schema.Name}_v2"));
    }

    [StoreFact]
    public async Task SeveralNodesStartingAtOnceMigrateOnce()
    {
        var schema = new ProbeSchema(versions: 2);
        var nodes = Enumerable.Range(0, 4).Select(_ => db.Open(schema)).ToList();

        await Task.WhenAll(nodes.Select(n => Task.Run(() => n.EnsureMigratedAsync(CancellationToken.None))));

        Assert.Equal(2, await db.ScalarAsync("SELECT version FROM callflow_schema WHERE feature = @text", schema.Name));
        foreach (var node in nodes)
        {
            await node.DisposeAsync();
        }
    }

    [StoreFact]
    public async Task MigrationsNumberedOutOfOrderAreAProgrammingErrorCaughtAtStart()
    {
        var name = "probe_" + Guid.NewGuid().ToString("N")[..12];
        var gap = new ListedSchema(name, [ProbeSchema.Step(name, 1), ProbeSchema.Step(name, 3)]);
        await using var database = db.Open(gap);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => database.EnsureMigratedAsync(CancellationToken.None));
        Assert.Contains("numbered 1, 2, 3", error.Message);
    }

    [StoreFact]
    public async Task TheHealthCheckSaysWhetherTheDatabaseAnswers()
    {
        await using var unreachable = TestDatabase.Open(db.UnreachableOptions(), new CallsSchema());

        var healthy = await new StorageHealthCheck(db.Database).CheckHealthAsync(new HealthCheckContext());
        var unhealthy = await new StorageHealthCheck(unreachable).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal((HealthStatus.Healthy, $"{db.Database.ProviderName} answers"), (healthy.Status, healthy.Description));
        Assert.Equal(HealthStatus.Unhealthy, unhealthy.Status);
        Assert.StartsWith($"{db.Database.ProviderName} does not answer: ", unhealthy.Description);
    }

    private CallRetentionService Retention(int days) =>
        new(Store, Options.Create(new StorageOptions { RetentionDays = days }), new FixedTime(Start), NullLogger<CallRetentionService>.Instance);

    private sealed class ListedSchema(string name, IReadOnlyList<SchemaMigration> migrations) : IStorageSchema
    {
        public string Name => name;

        public IReadOnlyList<SchemaMigration> Migrations => migrations;
    }
}

using CallFlow.AspNetCore.Calls;
using CallFlow.AspNetCore.Storage;
using CallFlow.Server.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallFlow.Server.Tests.Storage;

public sealed class CallsSchemaTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("schema");

    [Fact]
    public async Task AHistoryOfTheFirstVersionKeepsEveryCallAndExchangeWhenMigrated()
    {
        var options = new StorageOptions { ConnectionString = $"Data Source={_folder.PathOf("calls.db")}" };
        var current = new CallsSchema();
        await using (var firstRelease = TestDatabase.Open(options, new FirstVersion(current)))
        {
            await firstRelease.EnsureMigratedAsync(CancellationToken.None);
            await ExecuteAsync(firstRelease, """
                INSERT INTO page_exchanges (call_id, app, page, received_at, method, request, status_code, elapsed_us)
                VALUES ('c-2', 'reception', 'first', 1, 'POST', '{}', 200, 5), ('c-1', 'reception', 'first', 2, 'POST', '{}', 200, 5),
                       ('c-1', 'reception', 'final', 3, 'POST', '{}', 204, 5), (NULL, 'reception', 'first', 4, 'POST', '{', 400, 5);
                INSERT INTO calls (call_id, app, first_seen, last_seen, last_page, exchange_count)
                VALUES ('c-1', 'reception', 2, 3, 'final', 2), ('c-2', 'reception', 1, 1, 'first', 1);
                """);
        }

        await using var upgraded = TestDatabase.Open(options, current);
        await upgraded.EnsureMigratedAsync(CancellationToken.None);
        await using var store = new SqlCallStore(upgraded, new WriteAheadLogReset(thresholdFrames: 32 * 1024), NullLogger<SqlCallStore>.Instance);

        Assert.Equal(4, await TestDatabase.ScalarAsync(upgraded, "SELECT COUNT(*) FROM page_exchanges"));
        Assert.Equal(["first", "final"], (await store.FindCallAsync("c-1", CancellationToken.None))!.Exchanges.Select(e => e.Page));
        Assert.Equal(["first"], (await store.FindCallAsync("c-2", CancellationToken.None))!.Exchanges.Select(e => e.Page));
        // Calls are numbered in the order they first appeared.
        Assert.Equal(2, await TestDatabase.ScalarAsync(upgraded, "SELECT seq FROM calls WHERE call_id = 'c-1'"));
        Assert.Equal(0, await TestDatabase.ScalarAsync(upgraded, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'page_exchanges_by_time'"));
        Assert.Equal(current.Migrations[^1].Version, await TestDatabase.ScalarAsync(upgraded, "SELECT version FROM callflow_schema WHERE feature = 'calls'"));
    }

    public void Dispose() => _folder.Dispose();

    private static async Task ExecuteAsync(StorageDatabase database, string sql)
    {
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var command = database.CreateCommand(connection, sql);
        await command.ExecuteNonQueryAsync();
    }

    // The call tables as the first release created them.
    private sealed class FirstVersion(CallsSchema current) : IStorageSchema
    {
        public string Name => current.Name;

        public IReadOnlyList<SchemaMigration> Migrations { get; } = [current.Migrations[0]];
    }
}

using CallFlow.Server.Storage;

namespace CallFlow.Server.Tests.Storage;

/// <summary>
/// CallFlow:Storage:SqliteSynchronous sets how long each SQLite commit waits for the disk, on every connection the
/// store opens: <c>normal</c> (1) by default, <c>full</c> (2) when configured.
/// </summary>
public sealed class SqliteSynchronousTests(SqliteTestDatabase db) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task CommitsWaitForTheWriteAheadLogOnlyByDefault() =>
        Assert.Equal(1, await db.ScalarAsync("PRAGMA synchronous"));

    [Fact]
    public async Task FullMakesEveryConnectionFlushEachCommitToTheDisk()
    {
        var options = db.Options;
        options.SqliteSynchronous = "full";
        await using var database = TestDatabase.Open(options, new CallsSchema());
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var command = database.CreateCommand(connection, "PRAGMA synchronous");

        Assert.Equal(2L, Convert.ToInt64(await command.ExecuteScalarAsync()));
    }
}

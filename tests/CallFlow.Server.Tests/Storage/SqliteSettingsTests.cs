using CallFlow.AspNetCore.Calls;
using CallFlow.AspNetCore.Storage;
using CallFlow.Server.Tests.Declarative;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallFlow.Server.Tests.Storage;

/// <summary>
/// How SQLite commits meet the disk: CallFlow:Storage:SqliteSynchronous sets how long each commit waits (<c>normal</c>
/// = 1 by default, <c>full</c> = 2), and the write-ahead log is copied into the database file by a background
/// checkpoint, never inside a commit.
/// </summary>
public sealed class SqliteSettingsTests(SqliteTestDatabase db) : IClassFixture<SqliteTestDatabase>
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

    [Fact]
    public async Task CommitsNeverCheckpointTheLogThemselves() =>
        Assert.Equal(0, await db.ScalarAsync("PRAGMA wal_autocheckpoint"));

    [Fact]
    public async Task TheBackgroundCheckpointCopiesCommittedExchangesIntoTheDatabaseFile()
    {
        var beforeCheckpoint = await CommitToTheLogAsync(200);

        using var checkpoints = new SqliteCheckpointService(db.Database, new WriteAheadLogReset(thresholdFrames: 32 * 1024), NullLogger<SqliteCheckpointService>.Instance);
        await checkpoints.StartAsync(CancellationToken.None);
        await DatabaseFileGrowsPastAsync(beforeCheckpoint, "the database file holds the exchanges that were only in the write-ahead log");
        await checkpoints.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task TheWriterCopiesTheLogAfterItsNextCommitWhenAResetIsAskedFor()
    {
        var beforeReset = await CommitToTheLogAsync(200);

        db.LogReset.Request();
        await CommitToTheLogAsync(1);

        await DatabaseFileGrowsPastAsync(beforeReset, "the writer copied the write-ahead log into the database file");
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(32 * 1024, false)]
    public async Task ABackgroundCheckpointAsksTheWriterForAResetOnlyOfALongLog(long thresholdFrames, bool asks)
    {
        await CommitToTheLogAsync(50);
        var logReset = new WriteAheadLogReset(thresholdFrames);
        using var checkpoints = new SqliteCheckpointService(db.Database, logReset, NullLogger<SqliteCheckpointService>.Instance);

        await checkpoints.CheckpointAsync(CancellationToken.None);

        Assert.Equal(asks, logReset.Take());
    }

    [Fact]
    public async Task PruningExchangesWithoutACallSearchesTheIndexByCallInsteadOfScanning()
    {
        await using var connection = await db.Database.OpenConnectionAsync(CancellationToken.None);
        await using var plan = db.Database.CreateCommand(connection, "EXPLAIN QUERY PLAN DELETE FROM page_exchanges WHERE call_seq IS NULL AND received_at < 0");
        await using var reader = await plan.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());

        Assert.StartsWith("SEARCH page_exchanges USING INDEX page_exchanges_by_call (call_seq=? AND received_at<?)", reader.GetString(3));
    }

    private FileInfo DatabaseFile => new(new SqliteConnectionStringBuilder(db.Options.ConnectionString).DataSource);

    // Commits exchanges, which stay in the write-ahead log until something checkpoints it; returns the database file's length.
    private async Task<long> CommitToTheLogAsync(int exchanges)
    {
        var app = SampleExchanges.NewApp();
        await db.Store.AppendAllAsync(Enumerable.Range(0, exchanges).Select(i =>
            SampleExchanges.Page(app, SampleExchanges.NewCallId(), "first", SampleExchanges.Start.AddSeconds(i))));
        return DatabaseFile.Length;
    }

    private Task DatabaseFileGrowsPastAsync(long length, string what) => Eventually.HoldsAsync(() => DatabaseFile.Length > length, what);
}

using CallFlow.Server.Storage;
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
        var file = new FileInfo(new SqliteConnectionStringBuilder(db.Options.ConnectionString).DataSource);
        var app = SampleExchanges.NewApp();
        await db.Store.AppendAllAsync(Enumerable.Range(0, 200).Select(i =>
            SampleExchanges.Page(app, SampleExchanges.NewCallId(), "first", SampleExchanges.Start.AddSeconds(i))));
        file.Refresh();
        var beforeCheckpoint = file.Length;

        using var checkpoints = new SqliteCheckpointService(db.Database, new WriteAheadLogReset(thresholdFrames: 32 * 1024), NullLogger<SqliteCheckpointService>.Instance);
        await checkpoints.StartAsync(CancellationToken.None);
        await Eventually.HoldsAsync(() =>
        {
            file.Refresh();
            return file.Length > beforeCheckpoint;
        }, "the database file holds the exchanges that were only in the write-ahead log");
        await checkpoints.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task TheWriterCopiesTheLogAfterItsNextCommitWhenAResetIsAskedFor()
    {
        var file = new FileInfo(new SqliteConnectionStringBuilder(db.Options.ConnectionString).DataSource);
        var app = SampleExchanges.NewApp();
        await db.Store.AppendAllAsync(Enumerable.Range(0, 200).Select(i =>
            SampleExchanges.Page(app, SampleExchanges.NewCallId(), "first", SampleExchanges.Start.AddSeconds(i))));
        file.Refresh();
        var beforeReset = file.Length;

        db.LogReset.Request();
        await db.Store.AppendAsync(SampleExchanges.Page(app, SampleExchanges.NewCallId(), "first", SampleExchanges.Start), CancellationToken.None);

        await Eventually.HoldsAsync(() =>
        {
            file.Refresh();
            return file.Length > beforeReset;
        }, "the writer copied the write-ahead log into the database file");
    }

    [Fact]
    public async Task ABackgroundCheckpointOfALongLogAsksTheWriterForAReset()
    {
        var app = SampleExchanges.NewApp();
        await db.Store.AppendAllAsync(Enumerable.Range(0, 50).Select(i =>
            SampleExchanges.Page(app, SampleExchanges.NewCallId(), "first", SampleExchanges.Start.AddSeconds(i))));
        var logReset = new WriteAheadLogReset(thresholdFrames: 1);
        using var checkpoints = new SqliteCheckpointService(db.Database, logReset, NullLogger<SqliteCheckpointService>.Instance);

        await checkpoints.CheckpointAsync(CancellationToken.None);

        Assert.True(logReset.Take());
    }

    [Fact]
    public async Task ABackgroundCheckpointOfAShortLogAsksForNothing()
    {
        var app = SampleExchanges.NewApp();
        await db.Store.AppendAsync(SampleExchanges.Page(app, SampleExchanges.NewCallId(), "first", SampleExchanges.Start), CancellationToken.None);
        var logReset = new WriteAheadLogReset(thresholdFrames: 32 * 1024);
        using var checkpoints = new SqliteCheckpointService(db.Database, logReset, NullLogger<SqliteCheckpointService>.Instance);

        await checkpoints.CheckpointAsync(CancellationToken.None);

        Assert.False(logReset.Take());
    }

    [Fact]
    public async Task PruningExchangesWithoutACallIdSearchesTheIndexByCallInsteadOfScanning()
    {
        await using var connection = await db.Database.OpenConnectionAsync(CancellationToken.None);
        await using var plan = db.Database.CreateCommand(connection, "EXPLAIN QUERY PLAN DELETE FROM page_exchanges WHERE call_id IS NULL AND received_at < 0");
        await using var reader = await plan.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());

        Assert.StartsWith("SEARCH page_exchanges USING INDEX page_exchanges_by_call (call_id=? AND received_at<?)", reader.GetString(3));
    }
}

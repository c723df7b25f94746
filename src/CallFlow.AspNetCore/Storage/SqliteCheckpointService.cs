using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace CallFlow.AspNetCore.Storage;

/// <summary>
/// Copies SQLite's write-ahead log into the database file in the background, once a second, so that no page waits
/// for it. Left to itself SQLite checkpoints inside whichever commit fills the log past 1000 pages, and a checkpoint
/// waits for the disk: every page sharing that commit would wait too (docs/performance.md). The store's connections
/// therefore turn the automatic checkpoint off. Does nothing on PostgreSQL.
/// </summary>
public sealed partial class SqliteCheckpointService(StorageDatabase database, WriteAheadLogReset logReset, ILogger<SqliteCheckpointService> logger) : BackgroundService
{
    /// <summary>How often the log is copied: it then holds about a second of commits.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Provider != StorageProvider.Sqlite)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CheckpointAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is DbException or IOException or UnauthorizedAccessException)
            {
                // The log keeps every commit until a later checkpoint succeeds: nothing is lost, the log only grows.
                LogCheckpointFailed(exception);
            }
        }
    }

    /// <summary>The most checkpoints in a row one tick runs to bring a long log down to the writer's share.</summary>
    public const int MaxCatchUpPasses = 8;

    /// <summary>
    /// Copies what it can of the log without waiting for the writer (a passive checkpoint). When the log has grown
    /// long (<see cref="WriteAheadLogReset"/>), copies again while commits keep adding more than the writer's share
    /// during a copy, then asks the writer for the reset. If the copies never get there (commits outrun them), the
    /// next tick tries again, and once the log is twice the limit the writer is asked anyway: its commits then wait
    /// for a longer copy, which holds the writes back to what the disk takes.
    /// </summary>
    public async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var (logFrames, _) = await PassiveCheckpointAsync(database, connection, cancellationToken);
        for (var pass = 1; logReset.IsLong(logFrames) && pass <= MaxCatchUpPasses; pass++)
        {
            FlushDatabaseFile(((SqliteConnection)connection).DataSource);
            var previous = logFrames;
            (logFrames, _) = await PassiveCheckpointAsync(database, connection, cancellationToken);
            // Between resets the log only grows: the difference is what commits added during the last copy.
            if (logFrames - previous <= WriteAheadLogReset.WriterShareFrames)
            {
                logReset.Request();
                return;
            }
        }

        if (logReset.IsFarTooLong(logFrames))
        {
            logReset.Request();
        }
    }

    // SQLite syncs the database file after a checkpoint only when the checkpoint copied the whole log, which under
    // steady writes it never does: the copied pages would wait in memory for the writer's last copy to sync them all,
    // and its commits with it (over 100 ms on the benchmark machine). Syncing them here, in the background, leaves it little.
    private static void FlushDatabaseFile(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        file.Flush(flushToDisk: true);
    }

    /// <summary>
    /// A passive checkpoint on <paramref name="connection"/>: copies what it can of the log without waiting for the
    /// writer. Returns the frames in the log and how many of them are now in the database file (all that no reader
    /// still needs).
    /// </summary>
    internal static async Task<(long LogFrames, long CheckpointedFrames)> PassiveCheckpointAsync(
        StorageDatabase database, DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(connection, "PRAGMA wal_checkpoint(PASSIVE)");
        // One row: whether it was blocked, the frames in the log, the frames now copied into the database file.
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(1), reader.GetInt64(2)) : (0, 0);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The SQLite checkpoint failed; the write-ahead log keeps the commits until the next one")]
    private partial void LogCheckpointFailed(Exception exception);
}

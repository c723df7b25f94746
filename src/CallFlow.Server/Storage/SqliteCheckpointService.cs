using System.Data.Common;

namespace CallFlow.Server.Storage;

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
            catch (Exception exception) when (exception is DbException or IOException)
            {
                // The log keeps every commit until a later checkpoint succeeds: nothing is lost, the log only grows.
                LogCheckpointFailed(exception);
            }
        }
    }

    /// <summary>
    /// Copies what it can of the log without waiting for the writer (a passive checkpoint), and asks for a reset of
    /// the log when it has grown long (<see cref="WriteAheadLogReset"/>).
    /// </summary>
    public async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = database.CreateCommand(connection, "PRAGMA wal_checkpoint(PASSIVE)");
        // One row: whether it was blocked, the frames in the log, the frames now copied into the database file.
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (await reader.ReadAsync(cancellationToken))
        {
            logReset.AfterCheckpoint(reader.GetInt64(1), reader.GetInt64(2));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The SQLite checkpoint failed; the write-ahead log keeps the commits until the next one")]
    private partial void LogCheckpointFailed(Exception exception);
}

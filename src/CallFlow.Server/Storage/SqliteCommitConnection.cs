using System.Data.Common;
using System.Diagnostics;

namespace CallFlow.Server.Storage;

/// <summary>
/// The one SQLite connection the call store commits on, opened once and kept, with its two statements prepared once:
/// opening a pooled connection (which applies the connection settings again) and preparing the statements cost more
/// than the inserts of a small commit (docs/performance.md). After a failed commit it is closed, and the next commit
/// opens it anew. Used by the writer loop only, one commit at a time.
/// </summary>
/// <param name="database">The database.</param>
/// <param name="logReset">Asks for the write-ahead log to be reset.</param>
/// <param name="insertExchange">The statement inserting one exchange, with parameters <c>@v0</c> to <c>@v{n-1}</c> for a row's n values.</param>
/// <param name="upsertCall">The statement upserting one call's summary, with parameters as above.</param>
/// <param name="logger">Where resets of the log are reported.</param>
internal sealed partial class SqliteCommitConnection(
    StorageDatabase database, WriteAheadLogReset logReset, RowStatement insertExchange, RowStatement upsertCall, ILogger logger) : IAsyncDisposable
{
    private DbConnection? _connection;
    private DbCommand? _insertExchange;
    private DbCommand? _upsertCall;

    /// <summary>Inserts <paramref name="exchanges"/> and upserts <paramref name="calls"/> (rows of parameter values) in one transaction.</summary>
    public async Task CommitAsync(List<object?[]> exchanges, List<object?[]> calls, CancellationToken cancellationToken)
    {
        try
        {
            var connection = _connection ?? await OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            Run(_insertExchange!, transaction, exchanges);
            Run(_upsertCall!, transaction, calls);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>Copies the rest of the write-ahead log into the database file when a reset was asked for (<see cref="WriteAheadLogReset"/>).</summary>
    public async Task ResetLogIfWantedAsync()
    {
        if (_connection is null || !logReset.Take())
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        await using var checkpoint = database.CreateCommand(_connection, "PRAGMA wal_checkpoint(PASSIVE)");
        // One row: whether it was blocked, the frames in the log, the frames now copied into the database file.
        await using var result = await checkpoint.ExecuteReaderAsync();
        if (await result.ReadAsync())
        {
            LogReset(result.GetInt64(1), result.GetInt64(2), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Reset the SQLite write-ahead log: {Checkpointed} of its {Frames} frames are in the database file; commits waited {ElapsedMs:0.0} ms")]
    private partial void LogReset(long frames, long checkpointed, double elapsedMs);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        var connection = _connection;
        _connection = null;
        _insertExchange = null;
        _upsertCall = null;
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenConnectionAsync(cancellationToken);
        try
        {
            _insertExchange = Prepare(connection, insertExchange);
            _upsertCall = Prepare(connection, upsertCall);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        return _connection = connection;
    }

    private DbCommand Prepare(DbConnection connection, RowStatement statement)
    {
        var command = database.CreateCommand(connection, statement.Sql);
        for (var column = 0; column < statement.Columns; column++)
        {
            database.AddParameter(command, RowStatement.Parameter(column), null);
        }

        command.Prepare();
        return command;
    }

    private static void Run(DbCommand command, DbTransaction transaction, List<object?[]> rows)
    {
        command.Transaction = transaction;
        foreach (var row in rows)
        {
            for (var column = 0; column < row.Length; column++)
            {
                command.Parameters[column].Value = row[column] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }
    }
}

using System.Data.Common;
using System.Diagnostics;
using CallFlow.AspNetCore.Calls;

namespace CallFlow.AspNetCore.Storage;

/// <summary>
/// The one SQLite connection the call store commits on, opened once and kept, with its two statements prepared once:
/// opening a pooled connection (which applies the connection settings again) and preparing the statements cost more
/// than the inserts of a small commit (docs/performance.md). After a failed commit it is closed, and the next commit
/// opens it anew. Used by the writer loop only, one commit at a time.
/// </summary>
/// <param name="database">The database.</param>
/// <param name="logReset">Asks for the write-ahead log to be reset.</param>
/// <param name="upsertCall">The statement upserting one call's summary and returning its call id and number, with parameters <c>@v0</c> to <c>@v{n-1}</c> for a row's n values.</param>
/// <param name="insertExchange">The statement inserting one exchange, with parameters as above.</param>
/// <param name="logger">Where resets of the log are reported.</param>
internal sealed partial class SqliteCommitConnection(
    StorageDatabase database, WriteAheadLogReset logReset, RowStatement upsertCall, RowStatement insertExchange, ILogger logger) : IAsyncDisposable
{
    private DbConnection? _connection;
    private DbCommand? _insertExchange;
    private DbCommand? _upsertCall;

    /// <summary>
    /// Upserts <paramref name="calls"/>, then inserts <paramref name="exchanges"/> with their calls' numbers (rows of
    /// parameter values, laid out as <see cref="CallNumbers"/> says), in one transaction.
    /// </summary>
    public async Task CommitAsync(List<object?[]> calls, List<object?[]> exchanges, CancellationToken cancellationToken)
    {
        try
        {
            var connection = _connection ?? await OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var numbers = new CallNumbers();
            Enlist(_upsertCall!, transaction);
            foreach (var call in calls)
            {
                Bind(_upsertCall!, call);
                await using var returned = _upsertCall!.ExecuteReader();
                returned.Read();
                numbers.Add(returned.GetString(0), returned.GetInt64(1));
            }

            numbers.Fill(exchanges);
            Enlist(_insertExchange!, transaction);
            foreach (var exchange in exchanges)
            {
                Bind(_insertExchange!, exchange);
                _insertExchange!.ExecuteNonQuery();
            }

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
        var (logFrames, checkpointedFrames) = await SqliteCheckpointService.PassiveCheckpointAsync(database, _connection, CancellationToken.None);
        LogReset(logFrames, checkpointedFrames, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
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

    private static void Enlist(DbCommand command, DbTransaction transaction) => command.Transaction = transaction;

    private static void Bind(DbCommand command, object?[] row)
    {
        for (var column = 0; column < row.Length; column++)
        {
            command.Parameters[column].Value = row[column] ?? DBNull.Value;
        }
    }
}

using System.Data.Common;
using System.Globalization;
using System.Text;
using CallFlow.AspNetCore.Storage;

namespace CallFlow.AspNetCore.Calls;

/// <summary>
/// The call store on the configured database (SQLite or PostgreSQL, same SQL). Appends go through a
/// <see cref="GroupCommitWriter{T}"/>: each commit inserts every waiting exchange and updates their calls' summaries in
/// one transaction (on PostgreSQL with one statement each, on SQLite with one prepared statement run per row).
/// </summary>
public sealed class SqlCallStore : ICallStore, ICallHistory, IAsyncDisposable
{
    /// <summary>The columns of a call's summary, as written.</summary>
    internal const string SummaryColumns = "call_id, app, call_from, call_to, first_seen, last_seen, last_page, final_cause, exchange_count";

    // An exchange row starts with its call id and its call's number (see CallNumbers).
    private const string InsertExchanges =
        "INSERT INTO page_exchanges (call_id, call_seq, app, page, application_instance_id, received_at, method, request, status_code, response, elapsed_us, failure, content_type) VALUES";

    private const string InsertCalls = "INSERT INTO calls (" + SummaryColumns + ") VALUES";

    private const int ExchangeColumns = 13;

    private const int CallColumns = 9;

    // Several exchanges of one call in a commit are folded into one row; the newer side wins where they differ.
    private const string UpsertCalls = """
        ON CONFLICT (call_id) DO UPDATE SET
            app = CASE WHEN excluded.first_seen < calls.first_seen THEN excluded.app ELSE calls.app END,
            call_from = COALESCE(calls.call_from, excluded.call_from),
            call_to = COALESCE(calls.call_to, excluded.call_to),
            first_seen = CASE WHEN excluded.first_seen < calls.first_seen THEN excluded.first_seen ELSE calls.first_seen END,
            last_seen = CASE WHEN excluded.last_seen > calls.last_seen THEN excluded.last_seen ELSE calls.last_seen END,
            last_page = CASE WHEN excluded.last_seen >= calls.last_seen THEN excluded.last_page ELSE calls.last_page END,
            final_cause = COALESCE(excluded.final_cause, calls.final_cause),
            exchange_count = calls.exchange_count + excluded.exchange_count
        RETURNING call_id, seq
        """;

    private readonly StorageDatabase _database;
    private readonly SqliteCommitConnection? _sqlite;
    private readonly GroupCommitWriter<StoredExchange> _writer;

    /// <summary>Creates the store and starts its writer loop.</summary>
    public SqlCallStore(StorageDatabase database, WriteAheadLogReset logReset, ILogger<SqlCallStore> logger)
    {
        _database = database;
        if (database.Provider == StorageProvider.Sqlite)
        {
            _sqlite = new SqliteCommitConnection(database, logReset,
                RowStatement.Insert(InsertCalls, UpsertCalls, CallColumns), RowStatement.Insert(InsertExchanges, "", ExchangeColumns), logger);
        }

        _writer = new GroupCommitWriter<StoredExchange>(CommitAsync, logger, afterCommit: _sqlite is null ? null : _sqlite.ResetLogIfWantedAsync);
    }

    /// <inheritdoc />
    public Task AppendAsync(PageExchange exchange, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        // Reading the request happens here, on the caller's thread, so the writer loop only writes.
        return _writer.WriteAsync(new StoredExchange(exchange, ExchangeFacts.Of(exchange)), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<CallPage> ListCallsAsync(CallQuery query, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, CallQuery.MaxLimit);
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var command = CallListCommand.Create(_database, connection, query);
        var calls = new List<CallSummary>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                calls.Add(ReadSummary(reader));
            }
        }

        if (calls.Count <= query.Limit)
        {
            return new CallPage(calls, null);
        }

        calls.RemoveAt(calls.Count - 1);
        return new CallPage(calls, CallCursor.After(calls[^1]));
    }

    /// <inheritdoc />
    public async Task<CallHistory?> FindCallAsync(string callId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        // One transaction, so the summary and the exchanges agree even while the call is still going on.
        await using var transaction = await _database.BeginReadTransactionAsync(connection, cancellationToken);
        CallSummary summary;
        await using (var command = _database.CreateCommand(connection, $"SELECT {CallListCommand.SelectColumns} FROM calls WHERE call_id = @call_id", transaction))
        {
            _database.AddParameter(command, "call_id", callId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            summary = ReadSummary(reader);
        }

        var exchanges = new List<PageExchange>(summary.ExchangeCount);
        await using (var command = _database.CreateCommand(connection, """
            SELECT app, page, call_id, application_instance_id, received_at, method, request, status_code, response, elapsed_us, failure, content_type
            FROM page_exchanges WHERE call_seq = (SELECT seq FROM calls WHERE call_id = @call_id) ORDER BY received_at, id
            """, transaction))
        {
            _database.AddParameter(command, "call_id", callId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                exchanges.Add(ReadExchange(reader));
            }
        }

        return new CallHistory(summary, exchanges);
    }

    /// <inheritdoc />
    public async Task<InstanceCall?> FindInstanceAsync(string applicationInstanceId, CancellationToken cancellationToken)
    {
        // No index serves this: it answers an operator's interrupt, not the page path, which an index would slow down.
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var command = _database.CreateCommand(connection, """
            SELECT call_id, app FROM page_exchanges WHERE application_instance_id = @instance AND call_id IS NOT NULL
            ORDER BY received_at DESC, id DESC LIMIT 1
            """);
        _database.AddParameter(command, "instance", applicationInstanceId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new InstanceCall(reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <inheritdoc />
    public async Task<int> PruneAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = UnixMicroseconds.From(cutoff);
        await ExecuteAsync(connection, transaction, "DELETE FROM page_exchanges WHERE call_seq IN (SELECT seq FROM calls WHERE last_seen < @cutoff)", before, cancellationToken);
        await ExecuteAsync(connection, transaction, "DELETE FROM page_exchanges WHERE call_seq IS NULL AND received_at < @cutoff", before, cancellationToken);
        var calls = await ExecuteAsync(connection, transaction, "DELETE FROM calls WHERE last_seen < @cutoff", before, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return calls;
    }

    /// <summary>Commits every exchange still queued, then stops the writer.</summary>
    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        if (_sqlite is not null)
        {
            await _sqlite.DisposeAsync();
        }
    }

    private async Task CommitAsync(IReadOnlyList<StoredExchange> batch, CancellationToken cancellationToken)
    {
        var exchanges = batch.Select(s => ExchangeValues(s.Exchange)).ToList();
        var calls = CallRows(batch).ConvertAll(CallValues);
        if (_sqlite is not null)
        {
            // SQLite runs in the process: one single-row statement, prepared once and run per row, is the cheapest. A
            // statement of every row would be parsed anew for each commit and bind each of its hundreds of parameter
            // names by a linear search (docs/performance.md).
            await _sqlite.CommitAsync(calls, exchanges, cancellationToken);
            return;
        }

        // PostgreSQL is a round trip away: every call of the commit in one statement, then every exchange in another.
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var numbers = new CallNumbers();
        if (calls.Count > 0)
        {
            await using var upsert = _database.CreateCommand(connection, "", transaction);
            upsert.CommandText = MultiRowInsert(upsert, "c", InsertCalls, UpsertCalls, calls);
            await using var reader = await upsert.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                numbers.Add(reader.GetString(0), reader.GetInt64(1));
            }
        }

        numbers.Fill(exchanges);
        await using var insert = _database.CreateCommand(connection, "", transaction);
        insert.CommandText = MultiRowInsert(insert, "e", InsertExchanges, "", exchanges);
        await insert.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static object?[] ExchangeValues(PageExchange e) =>
    [
        e.CallId, null, e.App, e.Page, e.ApplicationInstanceId, UnixMicroseconds.From(e.ReceivedAt), e.Method, e.Request,
        e.StatusCode, e.Response, e.ElapsedMicroseconds, e.Failure, e.ContentType,
    ];

    private static object?[] CallValues(CallSummary c) =>
    [
        c.CallId, c.App, c.From, c.To, UnixMicroseconds.From(c.FirstSeen), UnixMicroseconds.From(c.LastSeen), c.LastPage, c.FinalCause, c.ExchangeCount,
    ];

    private string MultiRowInsert(DbCommand command, string prefix, string insert, string suffix, List<object?[]> rows)
    {
        var sql = new StringBuilder(insert).Append(' ');
        for (var i = 0; i < rows.Count; i++)
        {
            sql.Append(i == 0 ? "" : ", ").Append(Row(command, i, prefix, rows[i]));
        }

        return sql.Append(' ').Append(suffix).ToString();
    }

    // The calls a batch touches, one row each, in call id order so that nodes sharing PostgreSQL lock rows alike.
    private static List<CallSummary> CallRows(IReadOnlyList<StoredExchange> batch) =>
        batch.Where(s => s.Exchange.CallId is not null)
            .GroupBy(s => s.Exchange.CallId!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var ordered = g.OrderBy(s => s.Exchange.ReceivedAt).ToList();
                return new CallSummary
                {
                    CallId = g.Key,
                    App = ordered[0].Exchange.App,
                    From = ordered.Select(s => s.Facts.From).FirstOrDefault(f => f is not null),
                    To = ordered.Select(s => s.Facts.To).FirstOrDefault(t => t is not null),
                    FirstSeen = ordered[0].Exchange.ReceivedAt,
                    LastSeen = ordered[^1].Exchange.ReceivedAt,
                    LastPage = ordered[^1].Exchange.Page,
                    FinalCause = ordered.Select(s => s.Facts.Cause).LastOrDefault(c => c is not null),
                    ExchangeCount = ordered.Count,
                };
            })
            .ToList();

    private string Row(DbCommand command, int row, string prefix, params object?[] values)
    {
        var names = new string[values.Length];
        for (var column = 0; column < values.Length; column++)
        {
            names[column] = string.Create(CultureInfo.InvariantCulture, $"@{prefix}{row}_{column}");
            _database.AddParameter(command, names[column][1..], values[column]);
        }

        return $"({string.Join(", ", names)})";
    }

    private async Task<int> ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, long cutoff, CancellationToken cancellationToken)
    {
        await using var command = _database.CreateCommand(connection, sql, transaction);
        _database.AddParameter(command, "cutoff", cutoff);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static CallSummary ReadSummary(DbDataReader reader) => new()
    {
        CallId = reader.GetString(0),
        App = reader.GetString(1),
        From = NullableString(reader, 2),
        To = NullableString(reader, 3),
        FirstSeen = UnixMicroseconds.ToInstant(reader.GetInt64(4)),
        LastSeen = UnixMicroseconds.ToInstant(reader.GetInt64(5)),
        LastPage = reader.GetString(6),
        FinalCause = NullableString(reader, 7),
        ExchangeCount = reader.GetInt32(8),
        HasProblem = reader.GetBoolean(9),
    };

    private static PageExchange ReadExchange(DbDataReader reader) => new()
    {
        App = reader.GetString(0),
        Page = reader.GetString(1),
        CallId = NullableString(reader, 2),
        ApplicationInstanceId = NullableString(reader, 3),
        ReceivedAt = UnixMicroseconds.ToInstant(reader.GetInt64(4)),
        Method = reader.GetString(5),
        Request = reader.GetString(6),
        StatusCode = reader.GetInt32(7),
        Response = NullableString(reader, 8),
        ElapsedMicroseconds = reader.GetInt64(9),
        Failure = NullableString(reader, 10),
        ContentType = NullableString(reader, 11),
    };

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private sealed record StoredExchange(PageExchange Exchange, ExchangeFacts Facts);
}

using System.Data.Common;
using CallFlow.AspNetCore.Storage;

namespace CallFlow.AspNetCore.DialConnect;

/// <summary>
/// Click-to-call requests in the shared database (SQLite or PostgreSQL, through <see cref="StorageDatabase"/>).
/// Every change of status is one conditional UPDATE on the expected current status, so two nodes, a page and the
/// dispatcher can race on a request and exactly one of them wins.
/// </summary>
public sealed class DialConnectStore
{
    private const string Columns =
        "request_id, status, phone_number, dest_phone_number, caller_id, max_call_duration, delay_minutes, memo, billing_code, " +
        "created_at, due_at, dialing_at, answered_at, connected_at, completed_at, failed_at, cancelled_at, updated_at, " +
        "application_instance_id, seconds_connected_duration, call_cause, error";

    private static readonly string Dialing = DialConnectStatusNames.Of(DialConnectStatus.Dialing);
    private static readonly string Answered = DialConnectStatusNames.Of(DialConnectStatus.Answered);
    private static readonly string Connected = DialConnectStatusNames.Of(DialConnectStatus.Connected);
    private static readonly string Scheduled = DialConnectStatusNames.Of(DialConnectStatus.Scheduled);

    private readonly StorageDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the store over the shared database.</summary>
    public DialConnectStore(StorageDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    /// <summary>Stores a new request.</summary>
    public async Task InsertAsync(DialConnectRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var command = _database.CreateCommand(connection, """
            INSERT INTO dial_connect_requests (request_id, status, phone_number, dest_phone_number, caller_id, max_call_duration,
                delay_minutes, memo, billing_code, created_at, due_at, updated_at)
            VALUES (@id, @status, @phone, @dest, @caller, @max, @delay, @memo, @billing, @created, @due, @created)
            """);
        _database.AddParameter(command, "id", request.RequestId);
        _database.AddParameter(command, "status", DialConnectStatusNames.Of(request.Status));
        _database.AddParameter(command, "phone", request.PhoneNumber);
        _database.AddParameter(command, "dest", request.DestPhoneNumber);
        _database.AddParameter(command, "caller", request.CallerId);
        _database.AddParameter(command, "max", request.MaxCallDuration);
        _database.AddParameter(command, "delay", request.Delay);
        _database.AddParameter(command, "memo", request.Memo);
        _database.AddParameter(command, "billing", request.BillingCode);
        _database.AddParameter(command, "created", UnixMicroseconds.From(request.CreatedAt));
        _database.AddParameter(command, "due", UnixMicroseconds.From(request.DueAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Finds a request by its id.</summary>
    public async Task<DialConnectRequest?> GetAsync(string requestId, CancellationToken cancellationToken)
    {
        var found = await QueryAsync($"SELECT {Columns} FROM dial_connect_requests WHERE request_id = @id", c => _database.AddParameter(c, "id", requestId), cancellationToken);
        return found.SingleOrDefault();
    }

    /// <summary>
    /// Finds the request a page is about: by its token (the request id given to <c>service_start</c>), else by the
    /// application instance the dispatcher recorded for it.
    /// </summary>
    public async Task<DialConnectRequest?> FindForPageAsync(string? token, string? applicationInstanceId, CancellationToken cancellationToken)
    {
        if (token is { Length: > 0 } && await GetAsync(token, cancellationToken) is { } byToken)
        {
            return byToken;
        }

        if (applicationInstanceId is not { Length: > 0 })
        {
            return null;
        }

        var found = await QueryAsync(
            $"SELECT {Columns} FROM dial_connect_requests WHERE application_instance_id = @instance",
            c => _database.AddParameter(c, "instance", applicationInstanceId),
            cancellationToken);
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>Lists requests, most recently changed first, optionally in one status and changed at or after <paramref name="since"/>.</summary>
    public Task<IReadOnlyList<DialConnectRequest>> ListAsync(DialConnectStatus? status, DateTimeOffset? since, int limit, CancellationToken cancellationToken)
    {
        // Filters are added only when given: PostgreSQL cannot type a parameter that is only ever compared with NULL.
        var filters = new List<string>();
        if (status is not null)
        {
            filters.Add("status = @status");
        }

        if (since is not null)
        {
            filters.Add("updated_at >= @since");
        }

        var where = filters.Count == 0 ? "" : "WHERE " + string.Join(" AND ", filters);
        return QueryAsync(
            $"SELECT {Columns} FROM dial_connect_requests {where} ORDER BY updated_at DESC, request_id DESC LIMIT @limit",
            c =>
            {
                if (status is { } s)
                {
                    _database.AddParameter(c, "status", DialConnectStatusNames.Of(s));
                }

                if (since is { } t)
                {
                    _database.AddParameter(c, "since", UnixMicroseconds.From(t));
                }

                _database.AddParameter(c, "limit", limit);
            },
            cancellationToken);
    }

    /// <summary>Cancels a request that is still scheduled. Answers the request as it is now, and whether this call cancelled it.</summary>
    public async Task<(DialConnectRequest? Request, bool Cancelled)> CancelAsync(string requestId, CancellationToken cancellationToken)
    {
        var cancelled = await UpdateOneAsync(
            "status = 'cancelled', cancelled_at = @now",
            requestId,
            [Scheduled],
            _ => { },
            cancellationToken);
        return (cancelled ?? await GetAsync(requestId, cancellationToken), cancelled is not null);
    }

    /// <summary>
    /// Claims up to <paramref name="limit"/> due scheduled requests for this node, moving them to <c>dialing</c> in one
    /// statement. On PostgreSQL rows another node is claiming are skipped (<c>FOR UPDATE SKIP LOCKED</c>); SQLite has
    /// a single writer, so the statement is atomic there by itself.
    /// </summary>
    public async Task<IReadOnlyList<DialConnectRequest>> ClaimDueAsync(int limit, CancellationToken cancellationToken)
    {
        var skipLocked = _database.Provider == StorageProvider.Postgres ? "FOR UPDATE SKIP LOCKED" : "";
        return await QueryAsync(
            $"""
            UPDATE dial_connect_requests SET status = @dialing, dialing_at = @now, updated_at = @now
            WHERE request_id IN (
                SELECT request_id FROM dial_connect_requests
                WHERE status = @scheduled AND due_at <= @now
                ORDER BY due_at, request_id
                LIMIT @limit {skipLocked})
            AND status = @scheduled
            RETURNING {Columns}
            """,
            c =>
            {
                _database.AddParameter(c, "dialing", Dialing);
                _database.AddParameter(c, "scheduled", Scheduled);
                _database.AddParameter(c, "now", Now());
                _database.AddParameter(c, "limit", limit);
            },
            cancellationToken);
    }

    /// <summary>Records the application instances <c>service_start</c> answered for dialled requests.</summary>
    public async Task RecordInstancesAsync(IReadOnlyList<(string RequestId, string ApplicationInstanceId)> instances, CancellationToken cancellationToken)
    {
        if (instances.Count == 0)
        {
            return;
        }

        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (requestId, instanceId) in instances)
        {
            await using var command = _database.CreateCommand(connection,
                "UPDATE dial_connect_requests SET application_instance_id = COALESCE(application_instance_id, @instance) WHERE request_id = @id",
                transaction);
            _database.AddParameter(command, "instance", instanceId);
            _database.AddParameter(command, "id", requestId);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The first number answered: <c>dialing</c> → <c>answered</c>. Null when the request was not dialing.</summary>
    public Task<DialConnectRequest?> MarkAnsweredAsync(string requestId, string? applicationInstanceId, CancellationToken cancellationToken) =>
        UpdateOneAsync(
            "status = 'answered', answered_at = @now, application_instance_id = COALESCE(application_instance_id, @instance)",
            requestId,
            [Dialing],
            c => _database.AddParameter(c, "instance", applicationInstanceId),
            cancellationToken);

    /// <summary>The second number answered and is connected: <c>answered</c> → <c>connected</c>. Null when the request was not answered.</summary>
    public Task<DialConnectRequest?> MarkConnectedAsync(string requestId, CancellationToken cancellationToken) =>
        UpdateOneAsync("status = 'connected', connected_at = @now", requestId, [Answered], _ => { }, cancellationToken);

    /// <summary>Records how long the two numbers were connected, while the call still runs.</summary>
    public Task<DialConnectRequest?> RecordConnectedDurationAsync(string requestId, double seconds, CancellationToken cancellationToken) =>
        UpdateOneAsync(
            "seconds_connected_duration = @seconds",
            requestId,
            [Answered, Connected],
            c => _database.AddParameter(c, "seconds", seconds),
            cancellationToken);

    /// <summary>
    /// Closes a dialled request on its final page: <c>completed</c> when the numbers were connected, otherwise
    /// <c>failed</c> with <paramref name="errorIfNotConnected"/>. Null when the request was already final.
    /// </summary>
    public Task<DialConnectRequest?> CloseAsync(string requestId, string? callCause, string errorIfNotConnected, CancellationToken cancellationToken) =>
        UpdateOneAsync(
            """
            status = CASE WHEN status = 'connected' THEN 'completed' ELSE 'failed' END,
            completed_at = CASE WHEN status = 'connected' THEN @now END,
            failed_at = CASE WHEN status = 'connected' THEN NULL ELSE @now END,
            error = CASE WHEN status = 'connected' THEN NULL ELSE @error END,
            call_cause = @cause
            """,
            requestId,
            [Dialing, Answered, Connected],
            c =>
            {
                _database.AddParameter(c, "cause", callCause);
                _database.AddParameter(c, "error", errorIfNotConnected);
            },
            cancellationToken);

    /// <summary>Fails requests that are still in <paramref name="expected"/>; answers those it failed.</summary>
    public async Task<IReadOnlyList<DialConnectRequest>> FailAsync(IReadOnlyCollection<string> requestIds, DialConnectStatus expected, string error, CancellationToken cancellationToken)
    {
        var failed = new List<DialConnectRequest>();
        foreach (var requestId in requestIds)
        {
            var request = await UpdateOneAsync(
                "status = 'failed', failed_at = @now, error = @error",
                requestId,
                [DialConnectStatusNames.Of(expected)],
                c => _database.AddParameter(c, "error", error),
                cancellationToken);
            if (request is not null)
            {
                failed.Add(request);
            }
        }

        return failed;
    }

    /// <summary>
    /// Dialled requests that may be overdue, oldest first: <c>dialing</c> since before <paramref name="dialingBefore"/>,
    /// and <c>answered</c> or <c>connected</c> since before <paramref name="answeredBefore"/>. The caller decides which really are.
    /// </summary>
    public Task<IReadOnlyList<DialConnectRequest>> ListOverdueAsync(DateTimeOffset dialingBefore, DateTimeOffset answeredBefore, int limit, CancellationToken cancellationToken) =>
        QueryAsync(
            $"""
            SELECT {Columns} FROM dial_connect_requests
            WHERE (status = @dialing AND dialing_at <= @dialingBefore) OR (status IN (@answered, @connected) AND answered_at <= @answeredBefore)
            ORDER BY dialing_at, request_id
            LIMIT @limit
            """,
            c =>
            {
                _database.AddParameter(c, "dialing", Dialing);
                _database.AddParameter(c, "answered", Answered);
                _database.AddParameter(c, "connected", Connected);
                _database.AddParameter(c, "dialingBefore", UnixMicroseconds.From(dialingBefore));
                _database.AddParameter(c, "answeredBefore", UnixMicroseconds.From(answeredBefore));
                _database.AddParameter(c, "limit", limit);
            },
            cancellationToken);

    /// <summary>
    /// Claims the next <c>application_status</c> check of a dialing request: true when it was due (never checked, or
    /// last checked before <paramref name="checkedBefore"/>), so only one node asks at a time.
    /// </summary>
    public async Task<bool> ClaimStatusCheckAsync(string requestId, DateTimeOffset checkedBefore, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var command = _database.CreateCommand(connection, """
            UPDATE dial_connect_requests SET status_checked_at = @now
            WHERE request_id = @id AND status = @dialing AND (status_checked_at IS NULL OR status_checked_at < @before)
            """);
        _database.AddParameter(command, "now", Now());
        _database.AddParameter(command, "id", requestId);
        _database.AddParameter(command, "dialing", Dialing);
        _database.AddParameter(command, "before", UnixMicroseconds.From(checkedBefore));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private long Now() => UnixMicroseconds.From(_time.GetUtcNow());

    // One conditional update of one request; RETURNING gives the row as it now is, or nothing when it was not in an expected status.
    private async Task<DialConnectRequest?> UpdateOneAsync(string assignments, string requestId, string[] expected, Action<DbCommand> addParameters, CancellationToken cancellationToken)
    {
        var statuses = string.Join(", ", expected.Select((_, i) => $"@expected{i}"));
        var found = await QueryAsync(
            $"""
            UPDATE dial_connect_requests SET {assignments}, updated_at = @now
            WHERE request_id = @id AND status IN ({statuses})
            RETURNING {Columns}
            """,
            c =>
            {
                _database.AddParameter(c, "id", requestId);
                _database.AddParameter(c, "now", Now());
                for (var i = 0; i < expected.Length; i++)
                {
                    _database.AddParameter(c, $"expected{i}", expected[i]);
                }

                addParameters(c);
            },
            cancellationToken);
        return found.SingleOrDefault();
    }

    private async Task<IReadOnlyList<DialConnectRequest>> QueryAsync(string sql, Action<DbCommand> addParameters, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var command = _database.CreateCommand(connection, sql);
        addParameters(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var requests = new List<DialConnectRequest>();
        while (await reader.ReadAsync(cancellationToken))
        {
            requests.Add(Read(reader));
        }

        return requests;
    }

    private static DialConnectRequest Read(DbDataReader reader) => new()
    {
        RequestId = reader.GetString(0),
        Status = DialConnectStatusNames.TryParse(reader.GetString(1), out var status) ? status : throw new InvalidDataException($"Unknown dial-connect status \"{reader.GetString(1)}\" in the database."),
        PhoneNumber = reader.GetString(2),
        DestPhoneNumber = reader.GetString(3),
        CallerId = TextOrNull(reader, 4),
        MaxCallDuration = reader.IsDBNull(5) ? null : Convert.ToInt32(reader.GetValue(5)),
        Delay = Convert.ToInt32(reader.GetValue(6)),
        Memo = TextOrNull(reader, 7),
        BillingCode = TextOrNull(reader, 8),
        CreatedAt = UnixMicroseconds.ToInstant(reader.GetInt64(9)),
        DueAt = UnixMicroseconds.ToInstant(reader.GetInt64(10)),
        DialingAt = InstantOrNull(reader, 11),
        AnsweredAt = InstantOrNull(reader, 12),
        ConnectedAt = InstantOrNull(reader, 13),
        CompletedAt = InstantOrNull(reader, 14),
        FailedAt = InstantOrNull(reader, 15),
        CancelledAt = InstantOrNull(reader, 16),
        UpdatedAt = UnixMicroseconds.ToInstant(reader.GetInt64(17)),
        ApplicationInstanceId = TextOrNull(reader, 18),
        SecondsConnectedDuration = reader.IsDBNull(19) ? null : reader.GetDouble(19),
        CallCause = TextOrNull(reader, 20),
        Error = TextOrNull(reader, 21),
    };

    private static string? TextOrNull(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTimeOffset? InstantOrNull(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : UnixMicroseconds.ToInstant(reader.GetInt64(ordinal));
}

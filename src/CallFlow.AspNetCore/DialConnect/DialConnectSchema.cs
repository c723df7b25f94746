using CallFlow.AspNetCore.Storage;

namespace CallFlow.AspNetCore.DialConnect;

/// <summary>
/// Click-to-call's table in the shared database: <c>dial_connect_requests</c>, one row per request. Times are
/// microseconds since the Unix epoch (UTC), as the call store keeps them; statuses are their snake_case names.
/// </summary>
public sealed class DialConnectSchema : IStorageSchema
{
    /// <inheritdoc />
    public string Name => "dial_connect";

    /// <inheritdoc />
    public IReadOnlyList<SchemaMigration> Migrations { get; } =
    [
        new(1, "click-to-call requests",
            Sqlite: """
                CREATE TABLE dial_connect_requests (
                    request_id TEXT PRIMARY KEY,
                    status TEXT NOT NULL,
                    phone_number TEXT NOT NULL,
                    dest_phone_number TEXT NOT NULL,
                    caller_id TEXT,
                    max_call_duration INTEGER,
                    delay_minutes INTEGER NOT NULL,
                    memo TEXT,
                    billing_code TEXT,
                    created_at INTEGER NOT NULL,
                    due_at INTEGER NOT NULL,
                    dialing_at INTEGER,
                    answered_at INTEGER,
                    connected_at INTEGER,
                    completed_at INTEGER,
                    failed_at INTEGER,
                    cancelled_at INTEGER,
                    updated_at INTEGER NOT NULL,
                    status_checked_at INTEGER,
                    application_instance_id TEXT,
                    seconds_connected_duration REAL,
                    call_cause TEXT,
                    error TEXT
                );
                CREATE INDEX dial_connect_by_status_due ON dial_connect_requests (status, due_at);
                CREATE INDEX dial_connect_by_instance ON dial_connect_requests (application_instance_id);
                CREATE INDEX dial_connect_by_update ON dial_connect_requests (updated_at DESC, request_id DESC);
                """,
            Postgres: """
                CREATE TABLE dial_connect_requests (
                    request_id TEXT PRIMARY KEY,
                    status TEXT NOT NULL,
                    phone_number TEXT NOT NULL,
                    dest_phone_number TEXT NOT NULL,
                    caller_id TEXT,
                    max_call_duration INTEGER,
                    delay_minutes INTEGER NOT NULL,
                    memo TEXT,
                    billing_code TEXT,
                    created_at BIGINT NOT NULL,
                    due_at BIGINT NOT NULL,
                    dialing_at BIGINT,
                    answered_at BIGINT,
                    connected_at BIGINT,
                    completed_at BIGINT,
                    failed_at BIGINT,
                    cancelled_at BIGINT,
                    updated_at BIGINT NOT NULL,
                    status_checked_at BIGINT,
                    application_instance_id TEXT,
                    seconds_connected_duration DOUBLE PRECISION,
                    call_cause TEXT,
                    error TEXT
                );
                CREATE INDEX dial_connect_by_status_due ON dial_connect_requests (status, due_at);
                CREATE INDEX dial_connect_by_instance ON dial_connect_requests (application_instance_id);
                CREATE INDEX dial_connect_by_update ON dial_connect_requests (updated_at DESC, request_id DESC);
                """),
    ];
}

namespace CallFlow.Server.Storage;

/// <summary>
/// The call history's tables: <c>page_exchanges</c> (every exchange, as received and answered) and <c>calls</c>
/// (one row per call, kept up to date in the same transaction, so listing never scans exchanges). Times are
/// microseconds since the Unix epoch (UTC), identical on both engines.
/// </summary>
public sealed class CallsSchema : IStorageSchema
{
    /// <inheritdoc />
    public string Name => "calls";

    /// <inheritdoc />
    public IReadOnlyList<SchemaMigration> Migrations { get; } =
    [
        new(1, "page exchanges and the calls they belong to",
            Sqlite: """
                CREATE TABLE page_exchanges (
                    id INTEGER PRIMARY KEY,
                    call_id TEXT,
                    app TEXT NOT NULL,
                    page TEXT NOT NULL,
                    application_instance_id TEXT,
                    received_at INTEGER NOT NULL,
                    method TEXT NOT NULL,
                    request TEXT NOT NULL,
                    status_code INTEGER NOT NULL,
                    response TEXT,
                    elapsed_us INTEGER NOT NULL,
                    failure TEXT
                );
                CREATE INDEX page_exchanges_by_call ON page_exchanges (call_id, received_at, id);
                CREATE INDEX page_exchanges_by_time ON page_exchanges (received_at);
                CREATE TABLE calls (
                    call_id TEXT PRIMARY KEY,
                    app TEXT NOT NULL,
                    call_from TEXT,
                    call_to TEXT,
                    first_seen INTEGER NOT NULL,
                    last_seen INTEGER NOT NULL,
                    last_page TEXT NOT NULL,
                    final_cause TEXT,
                    exchange_count INTEGER NOT NULL
                );
                CREATE INDEX calls_newest ON calls (last_seen DESC, call_id DESC);
                CREATE INDEX calls_newest_by_app ON calls (app, last_seen DESC, call_id DESC);
                """,
            Postgres: """
                CREATE TABLE page_exchanges (
                    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    call_id TEXT COLLATE "C",
                    app TEXT NOT NULL,
                    page TEXT NOT NULL,
                    application_instance_id TEXT,
                    received_at BIGINT NOT NULL,
                    method TEXT NOT NULL,
                    request TEXT NOT NULL,
                    status_code INTEGER NOT NULL,
                    response TEXT,
                    elapsed_us BIGINT NOT NULL,
                    failure TEXT
                );
                CREATE INDEX page_exchanges_by_call ON page_exchanges (call_id, received_at, id);
                CREATE INDEX page_exchanges_by_time ON page_exchanges (received_at);
                CREATE TABLE calls (
                    call_id TEXT COLLATE "C" PRIMARY KEY,
                    app TEXT NOT NULL,
                    call_from TEXT,
                    call_to TEXT,
                    first_seen BIGINT NOT NULL,
                    last_seen BIGINT NOT NULL,
                    last_page TEXT NOT NULL,
                    final_cause TEXT,
                    exchange_count INTEGER NOT NULL
                );
                CREATE INDEX calls_newest ON calls (last_seen DESC, call_id DESC);
                CREATE INDEX calls_newest_by_app ON calls (app, last_seen DESC, call_id DESC);
                """),
        // The time index served one query, pruning exchanges without a call id, which the index by call serves as well
        // (call_id IS NULL, then received_at); every exchange paid for it in every commit (docs/performance.md).
        new(2, "drop the index by time, which the index by call makes redundant",
            Sqlite: "DROP INDEX page_exchanges_by_time;",
            Postgres: "DROP INDEX page_exchanges_by_time;"),
    ];
}

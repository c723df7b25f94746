using CallFlow.AspNetCore.Storage;

namespace CallFlow.AspNetCore.Calls;

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
        // Call ids are random, so an index of exchanges by call id takes every exchange to a page of its own somewhere
        // in the index, and each commit rewrote as many scattered pages as it held calls. Calls are numbered as they
        // first appear instead, and exchanges indexed by that number: a new call's exchanges go to the end of the
        // index (docs/performance.md).
        new(3, "number calls as they appear and index exchanges by that number",
            Sqlite: """
                CREATE TABLE calls_numbered (
                    seq INTEGER PRIMARY KEY,
                    call_id TEXT NOT NULL UNIQUE,
                    app TEXT NOT NULL,
                    call_from TEXT,
                    call_to TEXT,
                    first_seen INTEGER NOT NULL,
                    last_seen INTEGER NOT NULL,
                    last_page TEXT NOT NULL,
                    final_cause TEXT,
                    exchange_count INTEGER NOT NULL
                );
                INSERT INTO calls_numbered (call_id, app, call_from, call_to, first_seen, last_seen, last_page, final_cause, exchange_count)
                    SELECT call_id, app, call_from, call_to, first_seen, last_seen, last_page, final_cause, exchange_count FROM calls ORDER BY first_seen, call_id;
                DROP TABLE calls;
                ALTER TABLE calls_numbered RENAME TO calls;
                CREATE INDEX calls_newest ON calls (last_seen DESC, call_id DESC);
                CREATE INDEX calls_newest_by_app ON calls (app, last_seen DESC, call_id DESC);
                ALTER TABLE page_exchanges ADD COLUMN call_seq INTEGER;
                UPDATE page_exchanges SET call_seq = (SELECT seq FROM calls WHERE calls.call_id = page_exchanges.call_id);
                DROP INDEX page_exchanges_by_call;
                CREATE INDEX page_exchanges_by_call ON page_exchanges (call_seq, received_at);
                """,
            Postgres: """
                ALTER TABLE calls ADD COLUMN seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE;
                ALTER TABLE page_exchanges ADD COLUMN call_seq BIGINT;
                UPDATE page_exchanges SET call_seq = calls.seq FROM calls WHERE calls.call_id = page_exchanges.call_id;
                DROP INDEX page_exchanges_by_call;
                CREATE INDEX page_exchanges_by_call ON page_exchanges (call_seq, received_at, id);
                """),
        // A recording replays a request as it was sent, so the history keeps the content type it arrived with.
        new(4, "keep each exchange's content type",
            Sqlite: "ALTER TABLE page_exchanges ADD COLUMN content_type TEXT;",
            Postgres: "ALTER TABLE page_exchanges ADD COLUMN content_type TEXT;"),
    ];
}

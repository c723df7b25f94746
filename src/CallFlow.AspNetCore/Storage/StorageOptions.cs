namespace CallFlow.AspNetCore.Storage;

/// <summary>The <c>CallFlow:Storage</c> section: which database holds the call history (and the other features' tables).</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "CallFlow:Storage";

    /// <summary><c>sqlite</c> (default: a file under the content root's <c>data/</c> folder) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>
    /// The ADO.NET connection string. Optional for SQLite (default <c>Data Source=data/callflow.db</c>, relative paths
    /// resolved against the content root); required for PostgreSQL (Npgsql syntax).
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// SQLite only, <c>normal</c> (default) or <c>full</c>: how long a commit waits for the disk. With <c>normal</c> a
    /// committed exchange survives a crash or restart of CallFlow (it is in the write-ahead log), but a power cut or an
    /// operating system crash may lose the last commits; <c>full</c> flushes the log to the disk on every commit, which
    /// keeps them through a power cut and makes every page wait for the disk (docs/performance.md).
    /// </summary>
    public string SqliteSynchronous { get; set; } = "normal";

    /// <summary>
    /// SQLite only: how large the write-ahead log may grow under steady writes before it is reset, in megabytes (default
    /// 128). A reset makes the commits of that moment wait for a last copy (a millisecond or two on the benchmark
    /// machine; see <see cref="WriteAheadLogReset"/>).
    /// </summary>
    public int SqliteMaxLogMegabytes { get; set; } = 128;

    /// <summary>The smallest <see cref="SqliteMaxLogMegabytes"/>: below it resets would come several times a second under load.</summary>
    public const int MinSqliteMaxLogMegabytes = 16;

    /// <summary>How many days of call history to keep; 0 keeps it forever.</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>The SQLite <c>synchronous</c> setting <see cref="SqliteSynchronous"/> names, or null when it names none.</summary>
    public string? ParsedSqliteSynchronous => SqliteSynchronous?.Trim().ToLowerInvariant() switch
    {
        "normal" => "NORMAL",
        "full" => "FULL",
        _ => null,
    };

    /// <summary>The engine <see cref="Provider"/> names, or null when it names none (the validator reports that).</summary>
    public StorageProvider? ParsedProvider => Provider?.Trim().ToLowerInvariant() switch
    {
        "sqlite" => StorageProvider.Sqlite,
        "postgres" => StorageProvider.Postgres,
        _ => null,
    };
}

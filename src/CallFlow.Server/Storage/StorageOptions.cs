namespace CallFlow.Server.Storage;

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

    /// <summary>How many days of call history to keep; 0 keeps it forever.</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>The engine <see cref="Provider"/> names, or null when it names none (the validator reports that).</summary>
    public StorageProvider? ParsedProvider => Provider?.Trim().ToLowerInvariant() switch
    {
        "sqlite" => StorageProvider.Sqlite,
        "postgres" => StorageProvider.Postgres,
        _ => null,
    };
}

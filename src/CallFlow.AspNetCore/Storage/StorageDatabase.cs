using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CallFlow.AspNetCore.Storage;

/// <summary>
/// The configured database, shared by every feature that stores something (call history, click-to-call): it opens
/// connections for the configured engine and brings every registered <see cref="IStorageSchema"/> to its latest
/// version before the first connection is handed out. Write SQL that both engines accept (named <c>@parameters</c>,
/// <c>ON CONFLICT</c>, <c>RETURNING</c>) and branch on <see cref="Provider"/> only where they differ.
/// </summary>
public sealed class StorageDatabase : IAsyncDisposable
{
    /// <summary>The SQLite file used when no connection string is configured, relative to the content root.</summary>
    public const string DefaultSqliteFile = "data/callflow.db";

    private readonly string _connectionString;
    private readonly string _sqliteSettings;
    private readonly NpgsqlDataSource? _postgres;
    private readonly IStorageSchema[] _schemas;
    private readonly ILogger<StorageDatabase> _logger;
    private readonly SemaphoreSlim _migrationLock = new(1, 1);
    private volatile bool _ready;

    /// <summary>Prepares the database <paramref name="options"/> name; nothing is opened until first use.</summary>
    /// <param name="options">Validated storage options.</param>
    /// <param name="contentRootPath">The folder a relative SQLite path (and the default <c>data/</c> folder) is resolved against.</param>
    /// <param name="schemas">Every feature's tables.</param>
    /// <param name="logger">Where migrations are reported.</param>
    public StorageDatabase(StorageOptions options, string contentRootPath, IEnumerable<IStorageSchema> schemas, ILogger<StorageDatabase> logger)
    {
        Provider = options.ParsedProvider
            ?? throw new ArgumentException($"{StorageOptions.Section}:Provider must be 'sqlite' or 'postgres'.", nameof(options));
        _schemas = schemas.ToArray();
        _logger = logger;
        // Checkpoints run in the background (SqliteCheckpointService), never inside a commit.
        _sqliteSettings = "PRAGMA wal_autocheckpoint=0; PRAGMA synchronous=" + (options.ParsedSqliteSynchronous
            ?? throw new ArgumentException($"{StorageOptions.Section}:SqliteSynchronous must be 'normal' or 'full'.", nameof(options)));
        if (Provider == StorageProvider.Postgres)
        {
            _connectionString = options.ConnectionString
                ?? throw new ArgumentException($"{StorageOptions.Section}:ConnectionString is required for PostgreSQL.", nameof(options));
            _postgres = NpgsqlDataSource.Create(_connectionString);
        }
        else
        {
            _connectionString = SqliteConnectionString(options.ConnectionString, contentRootPath);
        }
    }

    /// <summary>The engine in use.</summary>
    public StorageProvider Provider { get; }

    /// <summary>The engine's name as configured: <c>sqlite</c> or <c>postgres</c>.</summary>
    public string ProviderName => Provider == StorageProvider.Postgres ? "postgres" : "sqlite";

    /// <summary>
    /// Opens a connection, migrating the schemas first if that has not happened yet. Writers on SQLite should use
    /// <see cref="DbConnection.BeginTransactionAsync(CancellationToken)"/> (an immediate transaction), so concurrent
    /// writers queue instead of failing.
    /// </summary>
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync(cancellationToken);
        return await OpenUnmigratedAsync(cancellationToken);
    }

    /// <summary>
    /// Creates or migrates every registered schema (once per process; retried after a failure). Throws
    /// <see cref="StorageSchemaTooNewException"/> when the database was written by a newer CallFlow.
    /// </summary>
    public async Task EnsureMigratedAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }

        await _migrationLock.WaitAsync(cancellationToken);
        try
        {
            if (!_ready)
            {
                await using var connection = await OpenUnmigratedAsync(cancellationToken);
                await new SchemaMigrator(this, connection, _logger).MigrateAsync(_schemas, cancellationToken);
                _ready = true;
            }
        }
        finally
        {
            _migrationLock.Release();
        }
    }

    /// <summary>
    /// Begins a transaction for reads that must agree with each other (a snapshot): deferred on SQLite, so it takes no
    /// write lock and never waits for the writer; repeatable read on PostgreSQL.
    /// </summary>
    public async Task<DbTransaction> BeginReadTransactionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);

    /// <summary>Creates a command on <paramref name="connection"/> (in <paramref name="transaction"/> when given).</summary>
    public DbCommand CreateCommand(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>
    /// Adds <c>@name</c> to <paramref name="command"/>: null becomes SQL NULL, and on PostgreSQL (whose text cannot
    /// hold U+0000) a NUL character in a string becomes U+FFFD, so text a client sent is stored rather than refused.
    /// </summary>
    public DbParameter AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value switch
        {
            null => DBNull.Value,
            string text when Provider == StorageProvider.Postgres && text.Contains('\0') => text.Replace('\0', '\uFFFD'),
            _ => value,
        };
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        _migrationLock.Dispose();
    }

    private async Task<DbConnection> OpenUnmigratedAsync(CancellationToken cancellationToken)
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync(cancellationToken);
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // Per-connection settings (CallFlow:Storage:SqliteSynchronous, no automatic checkpoint): set on every open, pooled or new.
            await using var settings = CreateCommand(connection, _sqliteSettings);
            await settings.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // A relative file is resolved against the content root, and its folder created: the database needs no set-up step.
    private static string SqliteConnectionString(string? configured, string contentRootPath)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? $"Data Source={DefaultSqliteFile}" : configured);
        if (builder.Mode != SqliteOpenMode.Memory && builder.DataSource != ":memory:")
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRootPath);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }
}

using CallFlow.AspNetCore.Calls;
using CallFlow.AspNetCore.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallFlow.Server.Tests.Storage;

/// <summary>
/// A fresh, empty database for one test class (a class fixture): its options, the shared <see cref="StorageDatabase"/>
/// with the call tables migrated, and a call store over it.
/// </summary>
public abstract class TestDatabase : IAsyncLifetime
{
    private StorageDatabase? _database;
    private SqlCallStore? _store;

    /// <summary>Options naming this test database.</summary>
    public StorageOptions Options => new() { Provider = Provider, ConnectionString = ConnectionString };

    /// <summary>The database with the call tables, migrated.</summary>
    public StorageDatabase Database => _database ?? throw new InvalidOperationException("The test database was not initialised.");

    /// <summary>The call store under test.</summary>
    public SqlCallStore Store => _store ?? throw new InvalidOperationException("The test database was not initialised.");

    /// <summary>How the store is asked to reset SQLite's write-ahead log.</summary>
    public WriteAheadLogReset LogReset { get; } = new(new StorageOptions().SqliteMaxLogMegabytes * WriteAheadLogReset.FramesPerMegabyte);

    /// <summary>The engine's name as configured.</summary>
    protected abstract string Provider { get; }

    /// <summary>The connection string of the fresh database.</summary>
    protected abstract string ConnectionString { get; }

    /// <summary>False when the engine is not available (the tests are skipped then).</summary>
    protected virtual bool Available => true;

    /// <summary>Options naming a database of this engine that cannot be reached.</summary>
    public abstract StorageOptions UnreachableOptions();

    /// <summary>Opens another <see cref="StorageDatabase"/> on the same database with other schemas.</summary>
    public StorageDatabase Open(params IStorageSchema[] schemas) => Open(Options, schemas);

    /// <summary>Opens a <see cref="StorageDatabase"/> with <paramref name="options"/> and <paramref name="schemas"/>.</summary>
    public static StorageDatabase Open(StorageOptions options, params IStorageSchema[] schemas) =>
        new(options, Path.GetTempPath(), schemas, NullLogger<StorageDatabase>.Instance);

    /// <summary>The first column of the first row <paramref name="sql"/> returns, as a number.</summary>
    public Task<long> ScalarAsync(string sql, string? text = null) => ScalarAsync(Database, sql, text);

    /// <summary>The first column of the first row <paramref name="sql"/> returns on <paramref name="database"/>, as a number (<c>@text</c> bound to <paramref name="text"/>).</summary>
    public static async Task<long> ScalarAsync(StorageDatabase database, string sql, string? text = null)
    {
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var command = database.CreateCommand(connection, sql);
        database.AddParameter(command, "text", text);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public async Task InitializeAsync()
    {
        if (!Available)
        {
            return;
        }

        await CreateAsync();
        _database = Open(new CallsSchema());
        await _database.EnsureMigratedAsync(CancellationToken.None);
        _store = new SqlCallStore(_database, LogReset, NullLogger<SqlCallStore>.Instance);
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (Available)
        {
            await DropAsync();
        }
    }

    /// <summary>Creates the empty database.</summary>
    protected abstract Task CreateAsync();

    /// <summary>Deletes the database.</summary>
    protected abstract Task DropAsync();
}

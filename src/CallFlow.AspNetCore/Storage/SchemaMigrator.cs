using System.Data.Common;

namespace CallFlow.AspNetCore.Storage;

/// <summary>
/// Brings each feature's tables to their latest version, one transaction per feature. The version of each feature
/// lives in <c>callflow_schema</c>; on PostgreSQL an advisory lock keeps several nodes starting at once from racing.
/// </summary>
internal sealed class SchemaMigrator(StorageDatabase database, DbConnection connection, ILogger logger)
{
    // Any fixed number works: it only has to be the same on every CallFlow node sharing the database.
    private const long PostgresMigrationLock = 0x43616C6C466C6F;

    public async Task MigrateAsync(IReadOnlyList<IStorageSchema> schemas, CancellationToken cancellationToken)
    {
        if (database.Provider == StorageProvider.Sqlite)
        {
            // WAL is a property of the file: readers never block the writer, and commits append instead of rewriting.
            await ExecuteAsync("PRAGMA journal_mode=WAL", null, cancellationToken);
        }

        foreach (var schema in schemas)
        {
            await MigrateAsync(schema, cancellationToken);
        }
    }

    private async Task MigrateAsync(IStorageSchema schema, CancellationToken cancellationToken)
    {
        var latest = CheckedLatestVersion(schema);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (database.Provider == StorageProvider.Postgres)
        {
            await ExecuteAsync($"SELECT pg_advisory_xact_lock({PostgresMigrationLock})", transaction, cancellationToken);
        }

        await ExecuteAsync("CREATE TABLE IF NOT EXISTS callflow_schema (feature TEXT PRIMARY KEY, version INTEGER NOT NULL)", transaction, cancellationToken);
        var current = await CurrentVersionAsync(schema.Name, transaction, cancellationToken);
        if (current > latest)
        {
            throw new StorageSchemaTooNewException(schema.Name, current, latest);
        }

        if (current == latest)
        {
            return;
        }

        foreach (var migration in schema.Migrations.Where(m => m.Version > current))
        {
            logger.LogInformation("Migrating the {Schema} tables to version {Version}: {Description}", schema.Name, migration.Version, migration.Description);
            await ExecuteAsync(migration.SqlFor(database.Provider), transaction, cancellationToken);
        }

        await using (var record = database.CreateCommand(connection,
            "INSERT INTO callflow_schema (feature, version) VALUES (@feature, @version) ON CONFLICT (feature) DO UPDATE SET version = excluded.version",
            transaction))
        {
            database.AddParameter(record, "feature", schema.Name);
            database.AddParameter(record, "version", latest);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<int> CurrentVersionAsync(string schema, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var query = database.CreateCommand(connection, "SELECT version FROM callflow_schema WHERE feature = @feature", transaction);
        database.AddParameter(query, "feature", schema);
        return await query.ExecuteScalarAsync(cancellationToken) is { } version and not DBNull ? Convert.ToInt32(version) : 0;
    }

    private async Task ExecuteAsync(string sql, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(connection, sql, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // Versions must read 1, 2, 3...: a gap or a duplicate is a programming error better caught at the first start.
    private static int CheckedLatestVersion(IStorageSchema schema)
    {
        for (var i = 0; i < schema.Migrations.Count; i++)
        {
            if (schema.Migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"The migrations of the '{schema.Name}' tables must be numbered 1, 2, 3... in order; migration #{i + 1} says version {schema.Migrations[i].Version}.");
            }
        }

        return schema.Migrations.Count;
    }
}

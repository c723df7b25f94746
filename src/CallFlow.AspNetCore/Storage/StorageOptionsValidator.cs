using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CallFlow.AspNetCore.Storage;

/// <summary>Checks <see cref="StorageOptions"/> at startup, naming the configuration key that is wrong.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        var provider = options.ParsedProvider;
        if (provider is null)
        {
            failures.Add($"{StorageOptions.Section}:Provider must be 'sqlite' or 'postgres' (got '{options.Provider}').");
        }
        else if (ConnectionStringProblem(provider.Value, options.ConnectionString) is { } problem)
        {
            failures.Add(problem);
        }

        if (options.ParsedSqliteSynchronous is null)
        {
            failures.Add($"{StorageOptions.Section}:SqliteSynchronous must be 'normal' or 'full' (got '{options.SqliteSynchronous}').");
        }

        if (options.SqliteMaxLogMegabytes < StorageOptions.MinSqliteMaxLogMegabytes)
        {
            failures.Add($"{StorageOptions.Section}:SqliteMaxLogMegabytes must be at least {StorageOptions.MinSqliteMaxLogMegabytes} (got {options.SqliteMaxLogMegabytes}).");
        }

        if (options.RetentionDays < 0)
        {
            failures.Add($"{StorageOptions.Section}:RetentionDays must be a number of days, or 0 to keep the history forever (got {options.RetentionDays}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string? ConnectionStringProblem(StorageProvider provider, string? connectionString)
    {
        const string key = StorageOptions.Section + ":ConnectionString";
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return provider == StorageProvider.Postgres
                ? $"{key} is required when {StorageOptions.Section}:Provider is 'postgres' (e.g. 'Host=db;Username=callflow;Password=...;Database=callflow')."
                : null;
        }

        try
        {
            if (provider == StorageProvider.Postgres)
            {
                _ = new NpgsqlConnectionStringBuilder(connectionString);
            }
            else if (string.IsNullOrWhiteSpace(new SqliteConnectionStringBuilder(connectionString).DataSource))
            {
                return $"{key} must name a file with 'Data Source=...' for SQLite.";
            }
        }
        catch (ArgumentException ex)
        {
            return $"{key} is not a valid {provider} connection string: {ex.Message}";
        }

        return null;
    }
}

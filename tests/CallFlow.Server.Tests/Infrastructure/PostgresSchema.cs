using Npgsql;

namespace CallFlow.Server.Tests.Infrastructure;

/// <summary>A schema of its own in the PostgreSQL named by <c>CALLFLOW_TEST_POSTGRES</c>, dropped when disposed.</summary>
public sealed class PostgresSchema : IAsyncDisposable
{
    private readonly string _name;

    private PostgresSchema(string prefix) => _name = prefix + "_" + Guid.NewGuid().ToString("N");

    /// <summary>A connection string whose tables land in this schema.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(TestPostgres.Server) { SearchPath = _name }.ConnectionString;

    /// <summary>Creates a fresh schema named <paramref name="prefix"/> and a unique suffix.</summary>
    public static async Task<PostgresSchema> CreateAsync(string prefix = "test")
    {
        var schema = new PostgresSchema(prefix);
        await ExecuteAsync($"CREATE SCHEMA {schema._name}");
        return schema;
    }

    public async ValueTask DisposeAsync() => await ExecuteAsync($"DROP SCHEMA {_name} CASCADE");

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestPostgres.Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

using Npgsql;

namespace CallFlow.Server.Tests.DialConnect;

/// <summary>A schema of its own in the PostgreSQL named by <c>CALLFLOW_TEST_POSTGRES</c>, dropped when disposed.</summary>
public sealed class PostgresSchema : IAsyncDisposable
{
    private static readonly string Server = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable) ?? "";
    private readonly string _name = "dial_connect_test_" + Guid.NewGuid().ToString("N");

    private PostgresSchema()
    {
    }

    /// <summary>A connection string whose tables land in this schema.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { SearchPath = _name }.ConnectionString;

    public static async Task<PostgresSchema> CreateAsync()
    {
        var schema = new PostgresSchema();
        await ExecuteAsync($"CREATE SCHEMA {schema._name}");
        return schema;
    }

    public async ValueTask DisposeAsync() => await ExecuteAsync($"DROP SCHEMA {_name} CASCADE");

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

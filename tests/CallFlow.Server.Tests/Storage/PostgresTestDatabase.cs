using CallFlow.Server.Storage;
using Npgsql;

namespace CallFlow.Server.Tests.Storage;

/// <summary>A schema of its own in the PostgreSQL named by <c>CALLFLOW_TEST_POSTGRES</c>, dropped afterwards.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _schema = "test_" + Guid.NewGuid().ToString("N");

    private static string Server => Environment.GetEnvironmentVariable(RequiresPostgresAttribute.Variable)!;

    protected override string Provider => "postgres";

    protected override string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { SearchPath = _schema }.ConnectionString;

    protected override bool Available => RequiresPostgresAttribute.SkipReason is null;

    public override StorageOptions UnreachableOptions() =>
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        new() { Provider = "postgres", ConnectionString = "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2" };

    protected override Task CreateAsync() => ExecuteAsync($"CREATE SCHEMA {_schema}");

    protected override Task DropAsync() => ExecuteAsync($"DROP SCHEMA {_schema} CASCADE");

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

using CallFlow.AspNetCore.Storage;
using CallFlow.Server.Tests.Infrastructure;

namespace CallFlow.Server.Tests.Storage;

/// <summary>A <see cref="PostgresSchema"/> of its own in the PostgreSQL named by <c>CALLFLOW_TEST_POSTGRES</c>, dropped afterwards.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private PostgresSchema? _schema;

    protected override string Provider => "postgres";

    protected override string ConnectionString =>
        (_schema ?? throw new InvalidOperationException("The schema is created when the fixture initialises.")).ConnectionString;

    protected override bool Available => TestPostgres.SkipReason is null;

    public override StorageOptions UnreachableOptions() =>
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        new() { Provider = "postgres", ConnectionString = "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2" };

    protected override async Task CreateAsync() => _schema = await PostgresSchema.CreateAsync();

    protected override async Task DropAsync() => await _schema!.DisposeAsync();
}

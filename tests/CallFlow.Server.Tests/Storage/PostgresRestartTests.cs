using Xunit.Abstractions;

namespace CallFlow.Server.Tests.Storage;

/// <summary>The restart test on PostgreSQL (a fresh schema), when <c>CALLFLOW_TEST_POSTGRES</c> is set.</summary>
[RequiresPostgres]
public sealed class PostgresRestartTests(PostgresTestDatabase db, ITestOutputHelper output) : RestartTests(output), IClassFixture<PostgresTestDatabase>
{
    protected override string[] StorageArguments =>
        ["--CallFlow:Storage:Provider", "postgres", "--CallFlow:Storage:ConnectionString", db.Options.ConnectionString!];
}

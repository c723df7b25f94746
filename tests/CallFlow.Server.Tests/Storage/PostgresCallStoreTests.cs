namespace CallFlow.Server.Tests.Storage;

/// <summary>The store suite on PostgreSQL: runs when <c>CALLFLOW_TEST_POSTGRES</c> names a server (as <c>.ci/run</c> sets it).</summary>
[RequiresPostgres]
public sealed class PostgresCallStoreTests(PostgresTestDatabase db) : CallStoreTests<PostgresTestDatabase>(db);

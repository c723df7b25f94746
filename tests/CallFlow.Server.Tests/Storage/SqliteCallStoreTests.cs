namespace CallFlow.Server.Tests.Storage;

/// <summary>The store suite on SQLite: always runs.</summary>
public sealed class SqliteCallStoreTests(SqliteTestDatabase db) : CallStoreTests<SqliteTestDatabase>(db);

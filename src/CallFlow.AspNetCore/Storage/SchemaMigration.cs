namespace CallFlow.AspNetCore.Storage;

/// <summary>
/// One step of a feature's schema: the SQL that takes it from <see cref="Version"/> − 1 to <see cref="Version"/>,
/// written once per engine. A step runs in the same transaction as its version bump, so it applies whole or not at all.
/// </summary>
/// <param name="Version">The version this step produces, counting from 1.</param>
/// <param name="Description">What the step does, for the startup log.</param>
/// <param name="Sqlite">The step's SQL for SQLite (several statements allowed).</param>
/// <param name="Postgres">The step's SQL for PostgreSQL (several statements allowed).</param>
public sealed record SchemaMigration(int Version, string Description, string Sqlite, string Postgres)
{
    /// <summary>The step's SQL for <paramref name="provider"/>.</summary>
    public string SqlFor(StorageProvider provider) => provider == StorageProvider.Postgres ? Postgres : Sqlite;
}

namespace CallFlow.AspNetCore.Storage;

/// <summary>
/// A feature's tables in the shared database: its name (its row in <c>callflow_schema</c>) and its migrations.
/// Register one with <see cref="StorageServiceCollectionExtensions.AddStorageSchema{TSchema}"/>; every registered
/// schema is brought to its latest version at startup, before the server answers anything.
/// </summary>
public interface IStorageSchema
{
    /// <summary>The feature's name, unique in the database (e.g. <c>calls</c>, <c>dial_connect</c>).</summary>
    string Name { get; }

    /// <summary>The feature's migrations, versions 1, 2, 3... in order; released ones never change, new ones are appended.</summary>
    IReadOnlyList<SchemaMigration> Migrations { get; }
}

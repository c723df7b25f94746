namespace CallFlow.AspNetCore.Storage;

/// <summary>The database engines the storage runs on.</summary>
public enum StorageProvider
{
    /// <summary>A local SQLite file in WAL mode: no set-up, one server node.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server through Npgsql: one history shared by several server nodes.</summary>
    Postgres,
}

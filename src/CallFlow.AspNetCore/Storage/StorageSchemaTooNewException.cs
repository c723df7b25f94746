namespace CallFlow.AspNetCore.Storage;

/// <summary>The database was migrated by a newer CallFlow than this one: starting would risk misreading or damaging it.</summary>
public sealed class StorageSchemaTooNewException : Exception
{
    /// <summary>Reports that <paramref name="schema"/> is at <paramref name="databaseVersion"/> but this build knows up to <paramref name="knownVersion"/>.</summary>
    public StorageSchemaTooNewException(string schema, int databaseVersion, int knownVersion)
        : base($"The database holds version {databaseVersion} of the '{schema}' tables, but this CallFlow knows versions up to {knownVersion}: " +
               $"it was written by a newer CallFlow. Run that newer version, or point {StorageOptions.Section}:ConnectionString at another database.")
    {
        Schema = schema;
        DatabaseVersion = databaseVersion;
        KnownVersion = knownVersion;
    }

    /// <summary>The feature whose tables are too new.</summary>
    public string Schema { get; }

    /// <summary>The version recorded in the database.</summary>
    public int DatabaseVersion { get; }

    /// <summary>The newest version this build can migrate to.</summary>
    public int KnownVersion { get; }
}

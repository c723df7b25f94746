using CallFlow.AspNetCore.Storage;
using Microsoft.Data.Sqlite;

namespace CallFlow.Server.Tests.Storage;

/// <summary>A SQLite file in a temporary folder of its own.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "callflow-tests", Guid.NewGuid().ToString("N"));

    protected override string Provider => "sqlite";

    protected override string ConnectionString => $"Data Source={Path.Combine(_folder, "calls.db")}";

    public override StorageOptions UnreachableOptions()
    {
        // A folder where the file should be: SQLite cannot open it.
        var folderNamedLikeAFile = Path.Combine(_folder, "not-a-file.db");
        Directory.CreateDirectory(folderNamedLikeAFile);
        return new StorageOptions { Provider = "sqlite", ConnectionString = $"Data Source={folderNamedLikeAFile}" };
    }

    protected override Task CreateAsync()
    {
        Directory.CreateDirectory(_folder);
        return Task.CompletedTask;
    }

    protected override Task DropAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}

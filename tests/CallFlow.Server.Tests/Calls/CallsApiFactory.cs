using CallFlow.Server.Security;
using CallFlow.Server.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CallFlow.Server.Tests.Calls;

/// <summary>The server with its own SQLite history in a temporary folder and an admin API key.</summary>
public sealed class CallsApiFactory : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-admin-key-3f9c2b";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "callflow-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The SQLite file holding this server's history.</summary>
    public string DatabaseFile => Path.Combine(_folder, "calls.db");

    /// <summary>The server's call store, to seed calls with.</summary>
    public ICallStore Store => Services.GetRequiredService<ICallStore>();

    /// <summary>A client sending the admin API key.</summary>
    public HttpClient CreateAdminClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(AdminApiKeyFilter.HeaderName, ApiKey);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("CallFlow:Storage:ConnectionString", $"Data Source={DatabaseFile}");
        builder.UseSetting(AdminApiKeyFilter.ConfigurationKey, ApiKey);
    }
}

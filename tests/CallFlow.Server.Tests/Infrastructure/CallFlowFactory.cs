using CallFlow.AspNetCore.Calls;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CallFlow.Server.Tests.Infrastructure;

/// <summary>
/// The server under test, in process, with its own data folder. Subclass or use <see cref="WithSettings"/> and
/// <see cref="WithServices"/> for variants; every test class shares one instance through IClassFixture.
/// </summary>
public class CallFlowFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new();
    private readonly List<Action<IServiceCollection>> _services = [];

    public CallFlowFactory()
    {
        DataFolder = Directory.CreateTempSubdirectory("callflow-test-").FullName;
    }

    /// <summary>The folder holding this server's database and other state.</summary>
    public string DataFolder { get; }

    /// <summary>This server's SQLite call history, inside <see cref="DataFolder"/>.</summary>
    public string DatabaseFile => Path.Combine(DataFolder, "callflow.db");

    /// <summary>The exchanges the call history holds for <paramref name="callId"/>, in order (none when the call is unknown).</summary>
    public async Task<IReadOnlyList<PageExchange>> RecordedExchangesAsync(string callId)
    {
        var call = await Services.GetRequiredService<ICallHistory>().FindCallAsync(callId, CancellationToken.None);
        return call?.Exchanges ?? [];
    }

    /// <summary>The requests the history holds that could not be tied to a call (rejected before a call id was read), with their status and reason.</summary>
    public async Task<IReadOnlyList<(string Request, int StatusCode, string? Failure)>> RecordedWithoutCallAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT request, status_code, failure FROM page_exchanges WHERE call_id IS NULL ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, int, string?)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        return rows;
    }

    /// <summary>
    /// Starts the server, expecting it to refuse, and returns why. WebApplicationFactory can report a failed start as an
    /// ObjectDisposedException of the service provider (its deferred host races the app thread that has already torn the
    /// host down); starting again then reports the real reason, so the start is retried a few times on that one exception.
    /// </summary>
    public Exception StartupFailure()
    {
        for (var attempt = 1; ; attempt++)
        {
            var failure = Record.Exception(() => CreateClient())
                ?? throw new Xunit.Sdk.XunitException("The server started, but it was expected to refuse.");
            if (failure is not ObjectDisposedException || attempt == 5)
            {
                return failure;
            }
        }
    }

    /// <summary>A variant of the server with extra configuration.</summary>
    public CallFlowFactory WithSettings(params (string Key, string? Value)[] settings)
    {
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }

        return this;
    }

    /// <summary>A variant of the server with extra or replaced services (test apps, a fixed clock).</summary>
    public CallFlowFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("CallFlow:Storage:ConnectionString", $"Data Source={DatabaseFile}");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            foreach (var configure in _services)
            {
                configure(services);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}

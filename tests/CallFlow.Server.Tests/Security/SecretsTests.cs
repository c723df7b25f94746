using System.Net;
using System.Net.Http.Json;
using System.Text;
using CallFlow.AspNetCore.Logging;
using CallFlow.AspNetCore.Security;
using CallFlow.Server.Tests.Declarative;
using CallFlow.Server.Tests.DialConnect;
using CallFlow.Server.Tests.Infrastructure;
using CallFlow.Server.Tests.Platform;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace CallFlow.Server.Tests.Security;

/// <summary>
/// Every secret the server holds (page Basic credentials, the admin API key, the token signing key, the outbound
/// service password) is used on every path that touches it, right and wrong, with logging at its most verbose; then
/// the log lines in both console formats (text and JSON, every property), every answer and every table of the database are searched for each secret.
/// </summary>
public sealed class SecretsTests : IAsyncLifetime
{
    private const string AdminKey = "admin-key-7c1e5a9d", Username = "platform-user", Password = "page-password-4b8f";
    private readonly LogLineRecorder _log = new();
    private readonly List<string> _answers = [];
    private FakePlatform _platform = null!;
    private CallFlowFactory _server = null!;

    public async Task InitializeAsync()
    {
        _platform = await FakePlatform.StartAsync();
        _server = TokenSigningTests.WithStatefulApp(new CallFlowFactory()
            .WithSettings(_platform.Configuration().Select(s => (s.Key, s.Value)).ToArray())
            .WithSettings(
                ("CallFlow:PageAuth:Username", Username),
                ("CallFlow:PageAuth:Password", Password),
                ("CallFlow:Admin:ApiKey", AdminKey),
                ("CallFlow:Tokens:SigningKey", TokenSigningTests.SigningKey),
                ("CallFlow:DialConnect:Enabled", "true"),
                ("CallFlow:DialConnect:PollInterval", "00:00:00.020"),
                ("Serilog:MinimumLevel:Default", "Verbose"),
                ("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Verbose"),
                ("Serilog:MinimumLevel:Override:System.Net.Http.HttpClient", "Verbose"))
            .WithServices(services => services.AddSingleton<ILogEventSink>(_log)));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _platform.DisposeAsync();
    }

    [Fact]
    public async Task NoSecretAppearsInLogsAnswersOrTheDatabase()
    {
        foreach (var authorization in new[] { Basic(Username, Password), Basic(Username, Password + "!"), Basic(Password, Username), "Basic " + Password, Password, "Bearer " + AdminKey })
        {
            await PageAsync(authorization, "first", PageRequests.Inbound($"c-secret-{_answers.Count}"));
        }

        await PageAsync(Basic(Username, Password), "first", PageRequests.Inbound("c-stateful"), "stateful");
        await PageAsync(Basic(Username, Password), "next", PageRequests.With(PageRequests.Inbound("c-stateful"), i => i["token"] = "basket=3.forged"), "stateful");
        foreach (var key in new[] { AdminKey, AdminKey + "x", AdminKey.ToUpperInvariant(), Password })
        {
            await ApiAsync(key, client => client.GetAsync("/api/calls"));
            await ApiAsync(key, client => client.GetAsync("/api/calls/c-stateful"));
            await ApiAsync(key, client => client.GetAsync("/api/calls/c-stateful/recording"));
        }

        _platform.FailNext(HttpStatusCode.Unauthorized);
        var refused = await SubmitAsync();
        await DialConnectServer.WaitUntilAsync(async () => await StatusAsync(refused) == "failed");
        var dialled = await SubmitAsync();
        await DialConnectServer.WaitUntilAsync(async () => await StatusAsync(dialled) == "dialing");

        var logs = _log.Lines(new LogFormat(json: false).Formatter).Concat(_log.Lines(new LogFormat(json: true).Formatter));
        var everything = logs.Concat(_answers).Concat(await DatabaseTextAsync()).ToList();
        Assert.Contains(everything, text => text.Contains("Rejected page request", StringComparison.Ordinal));
        Assert.Contains(everything, text => text.Contains("The platform did not start the call", StringComparison.Ordinal));
        foreach (var (what, secret) in Secrets())
        {
            var leak = everything.FirstOrDefault(text => text.Contains(secret, StringComparison.Ordinal));
            Assert.True(leak is null, $"The {what} appears in a log line, an answer or the database: {leak}");
        }
    }

    private static IEnumerable<(string What, string Secret)> Secrets() =>
    [
        ("page password", Password),
        ("page Basic credentials", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Username}:{Password}"))),
        ("admin API key", AdminKey),
        ("token signing key", TokenSigningTests.SigningKey[..20]),
        ("outbound service password", FakePlatform.Password),
        ("outbound service Basic credentials", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{FakePlatform.CloudId}/{FakePlatform.Username}/{FakePlatform.OutboundService}:{FakePlatform.Password}"))),
    ];

    private async Task PageAsync(string authorization, string page, System.Text.Json.Nodes.JsonObject request, string app = "simple-connect")
    {
        var client = _server.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        await KeepAsync(await client.PostPageAsync(app, page, request));
    }

    private async Task ApiAsync(string key, Func<HttpClient, Task<HttpResponseMessage>> send)
    {
        var client = _server.CreateClient();
        client.DefaultRequestHeaders.Add(AdminApiKeyFilter.HeaderName, key);
        await KeepAsync(await send(client));
    }

    private async Task<string> SubmitAsync()
    {
        var client = _server.CreateClient();
        client.DefaultRequestHeaders.Add(AdminApiKeyFilter.HeaderName, AdminKey);
        using var response = await client.PostAsJsonAsync("/api/dial-connect", new { phone_number = "12157010680", dest_phone_number = "12127773456" });
        await KeepAsync(response);
        return (await response.ReadJsonAsync()).GetProperty("request_id").GetString()!;
    }

    private async Task<string?> StatusAsync(string requestId)
    {
        var client = _server.CreateClient();
        client.DefaultRequestHeaders.Add(AdminApiKeyFilter.HeaderName, AdminKey);
        using var response = await client.GetAsync($"/api/dial-connect/{requestId}");
        await KeepAsync(response);
        return (await response.ReadJsonAsync()).GetProperty("status").GetString();
    }

    private async Task KeepAsync(HttpResponseMessage response)
    {
        _answers.Add($"{(int)response.StatusCode} {response.Headers} {response.Content.Headers} {await response.Content.ReadAsStringAsync()}");
    }

    // Every row of every table, as text.
    private async Task<IEnumerable<string>> DatabaseTextAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_server.DatabaseFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var command = new SqliteCommand("SELECT name FROM sqlite_master WHERE type = 'table'", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new List<string>();
        foreach (var table in tables)
        {
            await using var command = new SqliteCommand($"SELECT * FROM \"{table}\"", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i)))));
            }
        }

        Assert.Contains(rows, row => row.Contains("c-stateful", StringComparison.Ordinal));
        return rows;
    }

    private static string Basic(string user, string password) => PageAuthTests.Basic(user, password);
}

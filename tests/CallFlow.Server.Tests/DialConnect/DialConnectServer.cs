using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CallFlow.Actions.Recordings;
using CallFlow.Actions.Serialization;
using CallFlow.Server.Tests.Infrastructure;
using CallFlow.Server.Tests.Platform;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CallFlow.Server.Tests.DialConnect;

/// <summary>
/// A CallFlow server with click-to-call enabled against a <see cref="FakePlatform"/>, on a SQLite file that outlives
/// the server (so a test can restart it), with a <see cref="TestClock"/> the test moves.
/// </summary>
public sealed class DialConnectServer : IAsyncDisposable
{
    public const string ApiKey = "test-admin-key";

    private readonly string _folder = Directory.CreateTempSubdirectory("callflow-dial-connect-").FullName;
    private readonly (string Key, string? Value)[] _extraSettings;
    private CallFlowFactory _factory = null!;

    private DialConnectServer(FakePlatform platform, (string Key, string? Value)[] extraSettings)
    {
        Platform = platform;
        _extraSettings = extraSettings;
    }

    public FakePlatform Platform { get; }

    public TestClock Clock { get; } = new();

    public HttpClient Api { get; private set; } = null!;

    public static async Task<DialConnectServer> StartAsync(params (string Key, string? Value)[] settings)
    {
        var server = new DialConnectServer(await FakePlatform.StartAsync(), settings);
        server.Start();
        return server;
    }

    /// <summary>Stops the server and starts a new one on the same database, as a restart of the process does.</summary>
    public async Task RestartAsync()
    {
        await _factory.DisposeAsync();
        Start();
    }

    /// <summary>Submits a request; answers the created request.</summary>
    public async Task<JsonElement> SubmitAsync(object submission)
    {
        using var response = await Api.PostAsJsonAsync("/api/dial-connect", submission);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    public async Task<JsonElement> GetAsync(string requestId) => await (await Api.GetAsync($"/api/dial-connect/{requestId}")).ReadJsonAsync();

    /// <summary>Waits (a few seconds at most) for the dispatcher to move a request to <paramref name="status"/>.</summary>
    public async Task<JsonElement> WaitForStatusAsync(string requestId, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var request = await GetAsync(requestId);
            if (request.GetProperty("status").GetString() == status)
            {
                return request;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Request {requestId} never reached {status}: {request}");
            }

            await Task.Delay(25);
        }
    }

    /// <summary>Sends one recorded page request (with the request's id and instance filled in) and checks the answer against the recording.</summary>
    public async Task ReplayAsync(Recording recording, int exchange)
    {
        var replayer = new RecordingReplayer(_factory.CreateClient(), _factory.Server.BaseAddress);
        var outcome = Assert.Single(await replayer.ReplayAsync(new Recording { App = recording.App, Exchanges = [recording.Exchanges[exchange]] }));
        Assert.True(outcome.Passed, $"{outcome.Page}: {outcome.ActualStatus} (expected {outcome.ExpectedStatus}) {string.Join("; ", outcome.Differences)}");
    }

    /// <summary>Loads a recording from Recordings/, putting in the ids that only exist at run time.</summary>
    public static Recording LoadRecording(string name, string requestId, string applicationInstanceId)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "DialConnect", "Recordings", name))
            .Replace("{{request_id}}", requestId)
            .Replace("{{application_instance_id}}", applicationInstanceId);
        return JsonSerializer.Deserialize(text, CallFlowJsonContext.Default.Recording)!;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await Platform.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private void Start()
    {
        _factory = new CallFlowFactory()
            .WithSettings(Platform.Configuration().Select(s => (s.Key, s.Value)).ToArray())
            .WithSettings(
                ("CallFlow:DialConnect:Enabled", "true"),
                ("CallFlow:DialConnect:PollInterval", "00:00:00.020"),
                ("CallFlow:Storage:Provider", "sqlite"),
                ("CallFlow:Storage:ConnectionString", $"Data Source={Path.Combine(_folder, "callflow.db")}"),
                ("CallFlow:Admin:ApiKey", ApiKey))
            .WithSettings(_extraSettings)
            .WithServices(services => services.AddSingleton<TimeProvider>(Clock));
        Api = _factory.CreateClient();
        Api.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
    }
}

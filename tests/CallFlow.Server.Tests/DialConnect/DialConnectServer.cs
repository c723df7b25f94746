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

    /// <summary>A client of this server that does not send the admin API key.</summary>
    public HttpClient CreateClientWithoutApiKey() => _factory.CreateClient();

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
        var request = default(JsonElement);
        await WaitUntilAsync(async () => (request = await GetAsync(requestId)).GetProperty("status").GetString() == status);
        return request;
    }

    /// <summary>
    /// The whole life of a web call, checked at every step: submitted (scheduled), started by the dispatcher (dialing),
    /// then driven by the recorded pages of completed-call.json: answered, connected, 47.3 seconds, completed.
    /// </summary>
    public async Task CompleteAWebCallAsync()
    {
        var created = await SubmitAsync(new { phone_number = "12157010680", dest_phone_number = "12127773456", max_call_duration = 20, memo = "call back about order 42" });
        var id = created.GetProperty("request_id").GetString()!;
        Assert.Equal("scheduled", created.GetProperty("status").GetString());

        var instance = await WaitUntilDialledAsync(id);
        var call = Assert.Single(Assert.Single(Platform.ServiceStarts).RestCalls);
        Assert.Equal("12157010680", call.GetProperty("to").GetString());
        Assert.Equal(FakePlatform.CallerId, call.GetProperty("from").GetString());
        Assert.Equal(id, call.GetProperty("token").GetString());
        var recording = LoadRecording("completed-call.json", id, instance);

        await ReplayAsync(recording, 0);
        Assert.Equal("answered", (await GetAsync(id)).GetProperty("status").GetString());
        await ReplayAsync(recording, 1);
        Assert.Equal("connected", (await GetAsync(id)).GetProperty("status").GetString());
        await ReplayAsync(recording, 2);
        Assert.Equal(47.3, (await GetAsync(id)).GetProperty("seconds_connected_duration").GetDouble());
        await ReplayAsync(recording, 3);

        var completed = await GetAsync(id);
        Assert.Equal("completed", completed.GetProperty("status").GetString());
        Assert.Equal("completed", completed.GetProperty("call_cause").GetString());
        Assert.Equal(47.3, completed.GetProperty("seconds_connected_duration").GetDouble());
        Assert.Equal(JsonValueKind.Null, completed.GetProperty("error").ValueKind);
        Assert.Equal("call back about order 42", completed.GetProperty("memo").GetString());
        foreach (var step in new[] { "created_at", "dialing_at", "answered_at", "connected_at", "completed_at" })
        {
            Assert.Equal(JsonValueKind.String, completed.GetProperty(step).ValueKind);
        }
    }

    // The dispatcher marks a request dialing before service_start answers, and stores the instance id just after it.
    public async Task<string> WaitUntilDialledAsync(string requestId)
    {
        string? instance = null;
        await WaitUntilAsync(async () =>
        {
            var stored = await GetAsync(requestId);
            instance = stored.GetProperty("application_instance_id").GetString();
            return stored.GetProperty("status").GetString() == "dialing" && instance is not null;
        });
        Assert.Equal(Platform.InstanceFor(requestId), instance);
        return instance!;
    }

    public static Task WaitUntilAsync(Func<bool> condition) => WaitUntilAsync(() => Task.FromResult(condition()));

    public static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition never held.");
            await Task.Delay(25);
        }
    }

    /// <summary>
    /// Sends one recorded page request (with the request's id and instance filled in) and checks the answer against the
    /// recording. The ids are sent as recorded: this plays the platform for the instance the service started.
    /// </summary>
    public async Task ReplayAsync(Recording recording, int exchange)
    {
        var replayer = new RecordingReplayer(_factory.CreateClient(), _factory.Server.BaseAddress, ReplayCallIds.AsRecorded);
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

using CallFlow.Server.Tests.Infrastructure;
using CallFlow.Server.Tests.Platform;

namespace CallFlow.Server.Tests.LiveCalls;

/// <summary>A CallFlow server whose platform is a <see cref="FakePlatform"/>, with an admin API key, for live-call control.</summary>
public sealed class LiveCallsServer : IAsyncLifetime
{
    public const string ApiKey = "live-calls-admin-key";

    private CallFlowFactory _factory = null!;

    public FakePlatform Platform { get; private set; } = null!;

    /// <summary>A client sending the admin API key (pages need none).</summary>
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Platform = await FakePlatform.StartAsync();
        _factory = new CallFlowFactory()
            .WithSettings(Platform.Configuration().Select(s => (s.Key, s.Value)).ToArray())
            .WithSettings(("CallFlow:Admin:ApiKey", ApiKey));
        Client = _factory.CreateClient();
        Client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
    }

    public HttpClient CreateClientWithoutApiKey() => _factory.CreateClient();

    public Task<IReadOnlyList<AspNetCore.Calls.PageExchange>> RecordedExchangesAsync(string callId) => _factory.RecordedExchangesAsync(callId);

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await Platform.DisposeAsync();
    }
}

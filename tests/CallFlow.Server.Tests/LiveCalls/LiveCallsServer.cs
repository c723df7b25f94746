using System.Net;
using CallFlow.Server.Samples;
using CallFlow.Server.Tests.Infrastructure;
using CallFlow.Server.Tests.Inspector;
using CallFlow.Server.Tests.Platform;
using Microsoft.AspNetCore.Mvc.Testing;

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

    /// <summary>A client signed in to the call inspector with the admin key, keeping its cookies and following no redirects.</summary>
    public async Task<HttpClient> SignedInInspectorClientAsync()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var signedIn = await client.PostAsync("/inspector/sign-in", await InspectorServer.SignInFormAsync(client, ApiKey));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    /// <summary>A call of <paramref name="app"/> whose first page the server answered, and whose instance the platform runs.</summary>
    public async Task<(string CallId, string Instance)> LiveCallAsync(string app = SimpleConnectApp.Name)
    {
        var callId = "c-live-" + Guid.NewGuid().ToString("N")[..8];
        var instance = "inst." + Guid.NewGuid().ToString("N")[..12];
        Platform.RunInstance(instance);
        using var first = await Client.PostPageAsync(app, "first", PageRequests.With(PageRequests.Inbound(callId), info => info["application_instance_id"] = instance));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        return (callId, instance);
    }

    public Task<IReadOnlyList<AspNetCore.Calls.PageExchange>> RecordedExchangesAsync(string callId) => _factory.RecordedExchangesAsync(callId);

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await Platform.DisposeAsync();
    }
}

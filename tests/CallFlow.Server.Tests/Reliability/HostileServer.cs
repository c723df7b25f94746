using CallFlow.Server.Tests.Infrastructure;
using CallFlow.Server.Tests.Platform;

namespace CallFlow.Server.Tests.Reliability;

/// <summary>The whole server on real Kestrel with every route live (click-to-call against a fake platform, the admin key set), for hostile input.</summary>
public sealed class HostileServer : IAsyncLifetime
{
    public const string ApiKey = "hostile-suite-admin-key";

    private FakePlatform _platform = null!;

    public KestrelCallFlowFactory Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _platform = await FakePlatform.StartAsync();
        Server = KestrelCallFlowFactory.Start(factory => factory
            .WithSettings(_platform.Configuration().Select(s => (s.Key, s.Value)).ToArray())
            .WithSettings(("CallFlow:DialConnect:Enabled", "true"), ("CallFlow:Admin:ApiKey", ApiKey)));
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await _platform.DisposeAsync();
    }
}

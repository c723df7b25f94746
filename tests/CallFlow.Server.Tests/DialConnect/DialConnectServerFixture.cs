namespace CallFlow.Server.Tests.DialConnect;

/// <summary>One click-to-call server shared by the tests of a class that do not depend on each other's requests.</summary>
public sealed class DialConnectServerFixture : IAsyncLifetime
{
    public DialConnectServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await DialConnectServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

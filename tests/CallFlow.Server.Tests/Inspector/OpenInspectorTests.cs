using System.Net;
using CallFlow.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallFlow.Server.Tests.Inspector;

public sealed class OpenInspectorFactory : CallFlowFactory
{
    public OpenInspectorFactory() => WithServices(services => services.AddSingleton<ILoggerProvider>(Log));

    public LogRecorder Log { get; } = new();
}

public class OpenInspectorTests(OpenInspectorFactory factory) : IClassFixture<OpenInspectorFactory>
{
    [Fact]
    public async Task WithoutAnAdminKeyTheInspectorIsOpenAndTheStartupWarningSaysSo()
    {
        using var client = factory.CreateClient();

        using var list = await client.GetAsync("/inspector");
        var signIn = await client.GetStringAsync("/inspector/sign-in");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.DoesNotContain("Sign out", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("the inspector is open to anyone", signIn, StringComparison.Ordinal);
        await factory.Log.WaitForLineAsync(line => line.Contains("the call inspector (/inspector) are open to anyone", StringComparison.Ordinal));
    }
}

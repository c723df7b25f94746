using CallFlow.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallFlow.Server.Tests.Logging;

public sealed class LoggedAppsFactory : CallFlowFactory
{
    public LoggedAppsFactory() => WithServices(services => services.AddMisbehavingApps().AddSingleton<ILoggerProvider>(Log));

    public LogRecorder Log { get; } = new();
}

public class RequestLogTests(LoggedAppsFactory factory) : IClassFixture<LoggedAppsFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task EveryPageRequestLogsOneLineWithAppPageCallInstanceStatusAndTime()
    {
        await _client.PostPageAsync("simple-connect", "first", PageRequests.Inbound("c-logged"));

        var line = await factory.Log.WaitForLineAsync(l => l.Contains("call c-logged ", StringComparison.Ordinal));
        Assert.Matches(@"^Information: Page simple-connect/first call c-logged instance 06e122c3364cc74c\.787379 answered 200 in \d+\.\d{3} ms$", line);
    }

    [Fact]
    public async Task APageAnsweredByTheFallbackLogsAWarningWithTheReason()
    {
        await _client.PostPageAsync("throws", "first", PageRequests.Inbound("c-logged-throws"));

        var line = await factory.Log.WaitForLineAsync(l => l.StartsWith("Warning: Page throws/first call c-logged-throws", StringComparison.Ordinal));

        Assert.Contains("not by the app: the page handler threw InvalidOperationException: boom", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARejectedPageRequestLogsItsStatusAndReason()
    {
        await _client.PostPageAsync("simple-connect", "first", "{", "application/json");

        var line = await factory.Log.WaitForLineAsync(l => l.StartsWith("Warning: Page simple-connect/first call - instance - answered 400 in ", StringComparison.Ordinal));

        Assert.Contains("not by the app: The body is not a valid page request", line, StringComparison.Ordinal);
    }
}

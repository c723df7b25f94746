using System.Net;
using CallFlow.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallFlow.Server.Tests.Home;

public sealed class HomePageTests : IDisposable
{
    private readonly LogRecorder _log = new();
    private readonly CallFlowFactory _server;

    public HomePageTests() => _server = new CallFlowFactory().WithServices(services => services.AddSingleton<ILoggerProvider>(_log));

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task TheRootLinksToSwaggerUiHealthAndTheCallHistoryAndListsTheApps()
    {
        using var response = await _server.CreateClient().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("href=\"/swagger\"", html);
        Assert.Contains("href=\"/health\"", html);
        Assert.Contains("href=\"/api/calls\"", html);
        Assert.Contains("<code>/apps/simple-connect/first</code>", html);
        Assert.Contains("<code>/apps/reception/first</code>", html);
    }

    [Fact]
    public async Task TheStartupLogListsTheAppsServed()
    {
        _server.CreateClient();

        var line = await _log.WaitForLineAsync(l => l.Contains("Serving", StringComparison.Ordinal));

        Assert.Contains("conference, dial-connect, menu, reception, simple-connect", line);
    }
}

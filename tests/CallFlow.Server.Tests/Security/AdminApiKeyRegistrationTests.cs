using System.Net;
using CallFlow.AspNetCore.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CallFlow.Server.Tests.Security;

public sealed class AdminApiKeyRegistrationTests
{
    [Fact]
    public async Task AnAppWithOnlyTheAdminApiKeyRegisteredGuardsItsOwnRoutesWithIt()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration[AdminApiKeyFilter.ConfigurationKey] = "the-key";
        builder.Services.AddAdminApiKey();
        await using var app = builder.Build();
        app.MapGroup("/api/reports").RequireAdminApiKey().MapGet("/", () => "reports");
        await app.StartAsync();
        var client = app.GetTestClient();

        using var refused = await client.GetAsync("/api/reports");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/reports") { Headers = { { "X-Api-Key", "the-key" } } };
        using var allowed = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }
}

using System.Net;
using CallFlow.Server.Samples;
using CallFlow.Server.Tests.Infrastructure;

namespace CallFlow.Server.Tests.LiveCalls;

public sealed class UnconfiguredPlatformInterruptTests(CallFlowFactory factory) : IClassFixture<CallFlowFactory>
{
    [Fact]
    public async Task WithoutAPlatformTheInterruptAnswers503NamingTheMissingKeys()
    {
        var callId = "c-unconfigured-" + Guid.NewGuid().ToString("N")[..8];
        var instance = "inst." + Guid.NewGuid().ToString("N")[..12];
        using var client = factory.CreateClient();
        using var first = await client.PostPageAsync(SimpleConnectApp.Name, "first", PageRequests.With(PageRequests.Inbound(callId), info => info["application_instance_id"] = instance));

        using var response = await client.PostAsync($"/api/calls/{instance}/interrupt", null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("The platform is not configured.", problem.GetProperty("title").GetString());
        Assert.Contains("CallFlow:Platform:BaseUrl", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

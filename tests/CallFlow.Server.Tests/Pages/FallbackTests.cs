using System.Net;
using CallFlow.AspNetCore.Apps;
using CallFlow.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CallFlow.Server.Tests.Pages;

public sealed class MisbehavingAppsFactory : CallFlowFactory
{
    public MisbehavingAppsFactory() =>
        WithServices(services => services.AddMisbehavingApps().AddSingleton<TestApps.SeenPages>());
}

public class FallbackTests(MisbehavingAppsFactory factory) : IClassFixture<MisbehavingAppsFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task AHandlerThatThrowsIsAnsweredByTheDefaultFallback()
    {
        var response = await _client.PostPageAsync("throws", "first", PageRequests.Inbound("c-throws"));

        await AssertApologyAsync(response, DefaultFallback.Apology);
        Assert.Contains("InvalidOperationException: boom", Assert.Single(await factory.RecordedExchangesAsync("c-throws")).Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHandlerThatTimesOutIsAnsweredByTheFallback()
    {
        var response = await _client.PostPageAsync("slow", "first", PageRequests.Inbound("c-slow"));

        await AssertApologyAsync(response, DefaultFallback.Apology);
        Assert.Contains("took longer than 200 ms", Assert.Single(await factory.RecordedExchangesAsync("c-slow")).Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvalidResponseIsNeverSentAndTheAppsOwnFallbackAnswers()
    {
        var response = await _client.PostPageAsync("invalid", "first", PageRequests.Inbound("c-invalid"));

        await AssertApologyAsync(response, "Custom apology.");
        Assert.Contains("actions[0].connect.destinations is required", Assert.Single(await factory.RecordedExchangesAsync("c-invalid")).Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFinalPageHandlerRunsAndThePlatformGetsNoContent()
    {
        var response = await _client.PostPageAsync("final-recorder", "final", PageRequests.Final("hung_up", "c-final-handler"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains("hung_up", factory.Services.GetRequiredService<TestApps.SeenPages>().Values);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ARequestWithoutThisCallReachesTheAppAndGetsNoContent(bool isNotification)
    {
        var instance = $"transcript-{isNotification}";
        var request = PageRequests.With(PageRequests.WithoutThisCall(isNotification), info => info["application_instance_id"] = instance);

        var response = await _client.PostPageAsync("notified", "first", request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains($"no this_call, instance {instance}", factory.Services.GetRequiredService<TestApps.SeenPages>().Values);
    }

    private static async Task AssertApologyAsync(HttpResponseMessage response, string apology)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var actions = (await response.ReadJsonAsync()).GetProperty("actions");
        Assert.Equal(apology, actions[0].GetProperty("play").GetProperty("play_list")[0].GetProperty("text_to_say").GetString());
        Assert.True(actions[1].TryGetProperty("hang_up", out _));
    }
}

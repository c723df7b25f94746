using System.Net;
using CallFlow.Server.Samples;
using CallFlow.Server.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CallFlow.Server.Tests.Reliability;

/// <summary>
/// Generated bad input against every route, over real connections: each request gets a 4xx problem details or a
/// legitimate 2xx, never a 500 or a dropped connection, and the server still answers a good page afterwards.
/// </summary>
public sealed class HostileInputTests(HostileServer hostile, ITestOutputHelper output) : IClassFixture<HostileServer>
{
    private const int RandomCases = 400;

    [Fact]
    public async Task EveryGeneratedBadPageRequestGetsAProblemOrAnAnswer() =>
        await RunAsync("page routes", HostilePageRequests.All());

    [Fact]
    public async Task EveryGeneratedBadAdminApiRequestGetsAProblemOrAnAnswer() =>
        await RunAsync("admin API", HostileApiRequests.All(), HostileServer.ApiKey);

    [Fact]
    public async Task RandomlyEditedPageRequestsGetAProblemOrAnAnswer()
    {
        var cases = RandomPageRequests.Generate(RandomCases);

        Assert.Equal(RandomCases, cases.Count);
        await RunAsync($"page routes, FsCheck seed {RandomPageRequests.Seed}", cases);
    }

    private async Task RunAsync(string what, IEnumerable<HostileCase> cases, string? apiKey = null)
    {
        var runner = new HostileRunner(hostile.Server.BaseAddress, apiKey);

        var failures = await runner.RunAsync(cases);

        output.WriteLine($"Hostile input ({what}): {runner.CasesTried} cases tried, {failures.Count} failed.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {runner.CasesTried} cases failed:\n{string.Join('\n', failures.Take(30))}");
        using var client = new HttpClient { BaseAddress = hostile.Server.BaseAddress };
        using var good = await client.PostPageAsync(SimpleConnectApp.Name, "first", PageRequests.Inbound("after-hostile-input"));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
    }
}

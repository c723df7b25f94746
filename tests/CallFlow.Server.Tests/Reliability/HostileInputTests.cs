using System.Net;
using CallFlow.Server.Samples;
using CallFlow.Server.Tests.Infrastructure;
using CallFlow.Server.Tests.Inspector;
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
    public async Task EveryGeneratedBadInspectorRequestGetsAPageAProblemOrTheSignInPage()
    {
        using var client = InspectorServer.Browserless(out var cookies);
        client.BaseAddress = hostile.Server.BaseAddress;
        var (field, token) = await InspectorServer.AntiforgeryTokenAsync(client, "/inspector/sign-in");

        // Once without a session (every page leads to sign-in), once signed in (the pages themselves answer).
        await RunAsync("inspector, signed out", HostileInspectorRequests.All(field, token), cookie: cookies.GetCookieHeader(client.BaseAddress));
        using var signedIn = await client.PostAsync("/inspector/sign-in", await InspectorServer.SignInFormAsync(client, HostileServer.ApiKey));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var (signedInField, signedInToken) = await InspectorServer.AntiforgeryTokenAsync(client, "/inspector");
        await RunAsync("inspector, signed in", HostileInspectorRequests.All(signedInField, signedInToken), cookie: cookies.GetCookieHeader(new Uri(client.BaseAddress, "/inspector/")));
    }

    [Fact]
    public async Task RandomlyEditedPageRequestsGetAProblemOrAnAnswer()
    {
        var cases = RandomPageRequests.Generate(RandomCases);

        Assert.Equal(RandomCases, cases.Count);
        await RunAsync($"page routes, FsCheck seed {RandomPageRequests.Seed}", cases);
    }

    private async Task RunAsync(string what, IEnumerable<HostileCase> cases, string? apiKey = null, string? cookie = null)
    {
        var runner = new HostileRunner(hostile.Server.BaseAddress, apiKey, cookie);

        var failures = await runner.RunAsync(cases);

        output.WriteLine($"Hostile input ({what}): {runner.CasesTried} cases tried, {failures.Count} failed.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {runner.CasesTried} cases failed:\n{string.Join('\n', failures.Take(30))}");
        using var client = new HttpClient { BaseAddress = hostile.Server.BaseAddress };
        using var good = await client.PostPageAsync(SimpleConnectApp.Name, "first", PageRequests.Inbound("after-hostile-input"));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
    }
}

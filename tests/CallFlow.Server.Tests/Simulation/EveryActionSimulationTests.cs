using CallFlow.Actions.Recordings;
using CallFlow.Server.Tests.Pages;
using CallFlow.Simulator;

namespace CallFlow.Server.Tests.Simulation;

/// <summary>Calls through every v2 action, run by the platform simulator against the server, then replayed.</summary>
public class EveryActionSimulationTests(MisbehavingAppsFactory factory) : IClassFixture<MisbehavingAppsFactory>
{
    private static readonly Scenario Caller = new() { Speech = ["That's all folks", "an invoice", "fax"], Digits = ["1234#", "1"], FaxPages = 2 };

    [Fact]
    public async Task ACallThroughEveryV2ActionKeepsToTheProtocolAndReplaysCleanly()
    {
        var call = await CallAsync("every-action", Caller);

        Assert.True(call.Succeeded, string.Join("; ", call.Problems));
        Assert.Equal("completed", call.CallCause);
        Assert.Equal(
            ["first", "transcripts", "transcripts", "spoken", "menu-chosen", "numbered", "keyed", "recording-ready", "recorded", "fax-progress", "fax-progress", "sent",
             "fax-progress", "fax-progress", "fax-ready", "faxed", "connected", "conferenced", "goodbye", "final"],
            call.Recording.Exchanges.Select(exchange => exchange.Page));
        Assert.Equal("You said an invoice", call.Heard[1]);
        var results = call.Recording.Exchanges.Where(exchange => exchange.Page == "transcripts").ToList();
        Assert.All(results, exchange => Assert.Equal(204, exchange.ExpectedStatus));
        Assert.All(results, exchange => Assert.False(exchange.Request!.Value.TryGetProperty("this_call", out _)));
        await AssertReplaysAsync(call.Recording);
    }

    [Fact]
    public async Task ARejectedCallEndsWithTheRejectCauseAndReplays()
    {
        var call = await CallAsync("rejecting", new Scenario());

        Assert.Equal("busy", call.CallCause);
        Assert.Equal(["first", "final"], call.Recording.Exchanges.Select(exchange => exchange.Page));
        await AssertReplaysAsync(call.Recording);
    }

    private async Task<SimulationResult> CallAsync(string app, Scenario scenario)
    {
        var options = new SimulationOptions(new Uri(factory.Server.BaseAddress, $"apps/{app}/")) { Scenario = scenario };
        return await new PlatformSimulator(factory.CreateClient(), options).RunAsync();
    }

    private async Task AssertReplaysAsync(Recording recording)
    {
        var outcomes = await new RecordingReplayer(factory.CreateClient(), factory.Server.BaseAddress).ReplayAsync(recording);

        Assert.All(outcomes, outcome => Assert.True(outcome.Passed,
            $"{recording.App} exchange {outcome.Index} ({outcome.Page}): status {outcome.ActualStatus} (expected {outcome.ExpectedStatus}); {string.Join("; ", outcome.Differences)}"));
    }
}

using System.Text.Json;
using CallFlow.Actions.Recordings;
using CallFlow.Actions.Serialization;
using CallFlow.Simulator;
using CallFlow.AspNetCore.Apps;
using CallFlow.Server.Tests.Declarative;
using Microsoft.Extensions.DependencyInjection;

namespace CallFlow.Server.Tests.Simulation;

/// <summary>
/// Every app the server ships, run end to end by the platform simulator in process, the way the platform would run a
/// call: first page, actions, next pages, final page. Each call must keep to the protocol, and its recording must replay.
/// </summary>
public class SampleAppSimulationTests(SampleAppsFactory factory) : IClassFixture<SampleAppsFactory>
{
    private static readonly DateTimeOffset MondayMorning = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SaturdayMorning = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ChristmasMorning = new(2026, 12, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task EveryShippedAppAnswersASimulatedCallWithinTheProtocolAndItsRecordingReplays()
    {
        factory.Clock.Now = MondayMorning;
        var apps = factory.Services.GetRequiredService<AppRegistry>().AppNames.ToList();

        // An app file or code-first app added as the docs teach joins the run instead of breaking the list.
        Assert.Superset(new HashSet<string>(["conference", "dial-connect", "menu", "reception", "simple-connect"]), apps.ToHashSet());
        foreach (var app in apps)
        {
            var call = await CallAsync(app);

            Assert.True(call.Succeeded, $"{app}: {string.Join("; ", call.Problems)}");
            Assert.Equal("completed", call.CallCause);
            await AssertReplaysAsync(call.Recording);
        }
    }

    [Fact]
    public async Task SimpleConnectGreetsConnectsAndSaysHowLongTheCallLasted()
    {
        var call = await CallAsync("simple-connect", new Scenario { Connects = [new ConnectAnswer { Destination = 2, SecondsConnected = 47.3 }] });

        Assert.Equal(["Thank you for calling. Connecting you now.", "You were connected for 47.3 seconds. Goodbye."], call.Heard);
        Assert.Contains(call.Transcript, line => line.EndsWith("connect 441908273800, 441908273802: 441908273802 answers", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReceptionRingsTheFrontDeskInOfficeHours()
    {
        factory.Clock.Now = MondayMorning;

        var call = await CallAsync("reception");

        Assert.Equal(["[file hold-music.wav]"], call.Heard);
        Assert.Contains(call.Transcript, line => line.EndsWith("connect 441908273800, 441908273802: the caller hears file hold-music.wav while waiting; 441908273800 answers", StringComparison.Ordinal));
        Assert.Equal(["first", "after-connect", "final"], call.Recording.Exchanges.Select(exchange => exchange.Page));
        await AssertReplaysAsync(call.Recording);
    }

    [Fact]
    public async Task ReceptionTakesAMessageAfterHours()
    {
        factory.Clock.Now = SaturdayMorning;

        var call = await CallAsync("reception", new Scenario { Recordings = [new RecordAnswer { Seconds = 14 }] });

        Assert.Equal("Thank you, your message has been recorded. Goodbye.", call.Heard[^1]);
        Assert.Contains(call.Transcript, line => line.Contains("[2] record: the caller speaks for 14.0 s", StringComparison.Ordinal));
        await AssertReplaysAsync(call.Recording);
    }

    [Fact]
    public async Task ReceptionIsClosedOnHolidays()
    {
        factory.Clock.Now = ChristmasMorning;

        var call = await CallAsync("reception");

        Assert.Equal(["Our office is closed for the holiday. Please call again on the next working day. Goodbye."], call.Heard);
    }

    [Theory]
    [InlineData("1", "Connecting you to sales.", "441908273810")]
    [InlineData("2", "Connecting you to support.", "441908273820")]
    [InlineData("92", "Connecting you to support.", "441908273820")]
    public async Task MenuConnectsTheCallerToTheDepartmentTheyChoose(string keys, string said, string destination)
    {
        var call = await CallAsync("menu", new Scenario { Digits = [keys] });

        Assert.Equal(said, call.Heard[^2]);
        Assert.Equal("Thank you for calling. Goodbye.", call.Heard[^1]);
        Assert.Contains(call.Transcript, line => line.EndsWith($"connect {destination}: {destination} answers", StringComparison.Ordinal));
        Assert.Equal(keys.Length > 1, call.Heard.Contains("Sorry, that is not one of the choices."));
        await AssertReplaysAsync(call.Recording);
    }

    [Fact]
    public async Task MenuWithoutAChoiceApologisesAndTheCallEnds()
    {
        var call = await CallAsync("menu");

        Assert.Equal("Sorry, I did not hear a choice.", call.Heard[^1]);
        Assert.Equal("completed", call.CallCause);
    }

    [Theory]
    [InlineData("441908273801", "Welcome to the conference for area 44190. Press 1 to mute, 2 to unmute, and hash to leave.", "Area 44190")]
    [InlineData("442071234567", "Welcome to the London conference.", "Area 4420")]
    public async Task MenuOptionThreeHandsTheCallToTheConferenceOfTheCallersArea(string from, string welcome, string room)
    {
        var call = await CallAsync("menu", new Scenario { Digits = ["3"] }, from);

        Assert.Equal([welcome, "You have left the conference. Goodbye."], call.Heard.Skip(1));
        Assert.Contains(call.Transcript, line => line.EndsWith($"connect_to_conference conference \"{room}\": the caller joins", StringComparison.Ordinal));
        Assert.Equal(["first", "choice", "../conference/first", "../conference/left", "final"], call.Recording.Exchanges.Select(exchange => exchange.Page));
    }

    [Fact]
    public async Task TheHistorysRecordingOfACallThatMovesFromMenuToConferenceReplays()
    {
        var call = await CallAsync("menu", new Scenario { Digits = ["3"] });
        var callId = call.Recording.Exchanges[0].Request!.Value.GetProperty("this_call").GetProperty("call_id").GetString();

        var recording = JsonSerializer.Deserialize(await factory.CreateClient().GetByteArrayAsync($"/api/calls/{callId}/recording"), CallFlowJsonContext.Default.Recording)!;

        Assert.Equal("menu", recording.App);
        Assert.Equal(["first", "choice", "../conference/first", "../conference/left", "final"], recording.Exchanges.Select(e => e.Page));
        await AssertReplaysAsync(recording);
    }

    private async Task<SimulationResult> CallAsync(string app, Scenario? scenario = null, string from = SimulationOptions.DefaultFrom)
    {
        var options = new SimulationOptions(new Uri(factory.Server.BaseAddress, $"apps/{app}/")) { From = from, Scenario = scenario ?? new Scenario() };
        return await new PlatformSimulator(factory.CreateClient(), options).RunAsync();
    }

    private async Task AssertReplaysAsync(Recording recording)
    {
        var outcomes = await new RecordingReplayer(factory.CreateClient(), factory.Server.BaseAddress).ReplayAsync(recording);

        Assert.All(outcomes, outcome => Assert.True(outcome.Passed,
            $"{recording.App} exchange {outcome.Index} ({outcome.Page}): status {outcome.ActualStatus} (expected {outcome.ExpectedStatus}); {string.Join("; ", outcome.Differences)}"));
    }
}

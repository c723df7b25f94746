using System.Net;
using System.Net.Sockets;
using CallFlow.Actions.Parts;
using CallFlow.Actions.Verbs;
using CallFlow.Cli.Tests.Support;

namespace CallFlow.Cli.Tests.Simulation;

public sealed class SimulateCommandTests : IAsyncLifetime
{
    private readonly TempFolder _files = new();
    private FakeApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await FakeApp.StartAsync();
        var menu = new RunMenu(new MenuOption('1', "sales"), new MenuOption('2', "support")) { Prompt = Play.SayText("Press 1 for sales, 2 for support.") };
        _app.On("first", Play.SayText("Welcome to Example."), menu)
            .On("sales", new Connect("441908273800") { NextPage = "after-call" })
            .On("support", new Connect("441908273900") { NextPage = "after-call" })
            .On("after-call", Play.SayText("Goodbye."), new HangUp());
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _files.Dispose();
    }

    [Fact]
    public async Task SimulatePrintsAReadableTranscriptOfTheCall()
    {
        var scenario = _files.Write("scenario.json", """{"digits": ["2"], "connects": [{"seconds_connected": 12.5}]}""");

        var outcome = await Callflow.RunAsync("simulate", "--url", _app.AppUrl.ToString(), "--from", "441234567890", "--scenario", scenario);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Error);
        var lines = outcome.OutputLines;
        Assert.StartsWith("Simulated inbound call sim-", lines[0]);
        Assert.EndsWith($"from 441234567890 to 442071234567, app {_app.AppUrl}", lines[0]);
        Assert.Equal(
            [
                "POST first -> 200: 2 actions",
                "  [1] play: the caller hears \"Welcome to Example.\"",
                "  [2] run_menu: the caller hears \"Press 1 for sales, 2 for support.\"",
                "      the caller presses 2",
                "POST support (run_menu result {\"selected_digit\":\"2\"}) -> 200: 1 action",
                "  [3] connect 441908273900: 441908273900 answers",
                "      connected for 12.5 s, then 441908273900 hangs up",
                "POST after-call (connect result {\"seconds_connected_duration\":12.5}) -> 200: 2 actions",
                "  [4] play: the caller hears \"Goodbye.\"",
                "  [5] hang_up: the app hangs up",
                "POST final (call_cause completed) -> 200",
                "Call ended (completed) after 5 actions and 4 pages.",
            ],
            lines.Skip(1));
    }

    [Fact]
    public async Task SimulatedCallSavedWithJsonLintsCleanAndReplaysWithoutDifferences()
    {
        var scenario = _files.Write("scenario.json", """{"digits": ["1"]}""");
        var simulated = await Callflow.RunAsync("simulate", "--url", _app.AppUrl.ToString(), "--scenario", scenario, "--json");
        var recording = _files.Write("call.json", simulated.Output);

        var lint = await Callflow.RunAsync("lint", recording);
        var replay = await Callflow.RunAsync("replay", recording, "--url", _app.ServerUrl.ToString());

        Assert.Equal(0, simulated.ExitCode);
        Assert.Contains("  [1] play: the caller hears \"Welcome to Example.\"", simulated.ErrorLines);
        Assert.Equal((0, ""), (lint.ExitCode, lint.Output));
        Assert.Equal(0, replay.ExitCode);
        Assert.Equal($"Replayed 4 exchanges against {_app.AppUrl}: all the same.", replay.OutputLines[^1]);
    }

    [Fact]
    public async Task CallThatBrokeTheProtocolExitsOneAndListsTheProblems()
    {
        _app.On("first", new Connect()).On("error", new HangUp());

        var outcome = await Callflow.RunAsync("simulate", "--url", _app.AppUrl.ToString());

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(["1 problem:", "  POST first: actions[0].connect.destinations: is required"], outcome.OutputLines.TakeLast(2));
    }

    [Fact]
    public async Task UnreachableServerExitsTwoNamingTheUrl()
    {
        var url = $"http://127.0.0.1:{ClosedPort()}/apps/reception";

        var outcome = await Callflow.RunAsync("simulate", "--url", url);

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith($"callflow simulate: cannot reach {url}/:", outcome.Error);
    }

    [Fact]
    public async Task InvalidScenarioExitsTwoWithOneLinePerProblem()
    {
        var scenario = _files.Write("scenario.json", """{"connects": [{"outcome": "maybe", "destination": 0}], "digits": ["1x"]}""");

        var outcome = await Callflow.RunAsync("simulate", "--url", _app.AppUrl.ToString(), "--scenario", scenario);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(
            [
                $"{scenario}: connects[0].outcome: must be answered, no_answer or busy, not \"maybe\"",
                $"{scenario}: connects[0].destination: must be 1 or more (the first destination is 1), not 0",
                $"{scenario}: digits[0]: must be a string of keys from 0123456789ABCD#*, not \"1x\"",
            ],
            outcome.ErrorLines);
        Assert.Empty(_app.Received);
    }

    [Fact]
    public async Task MissingScenarioFileExitsTwo()
    {
        var outcome = await Callflow.RunAsync("simulate", "--url", _app.AppUrl.ToString(), "--scenario", _files.Missing("nope.json"));

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith($"{_files.Missing("nope.json")}: $: cannot read the file: no such file", outcome.Error);
    }

    // A port nothing listens on: bound by the system for a moment, then released.
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

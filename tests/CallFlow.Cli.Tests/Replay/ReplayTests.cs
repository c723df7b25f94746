using System.Text.Json;
using CallFlow.Actions.Verbs;
using CallFlow.Cli.Replay;
using CallFlow.Cli.Tests.Support;

namespace CallFlow.Cli.Tests.Replay;

public sealed class ReplayTests : IAsyncLifetime
{
    private readonly TempFolder _files = new();
    private FakeApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await FakeApp.StartAsync();
        _app.On("first", new Redirect("menu"))
            .On("menu", Play.SayText("Press 1 for sales."), new Connect("441908273800"));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _files.Dispose();
    }

    [Fact]
    public async Task RecordingTheServerStillAnswersTheSameWayPasses()
    {
        var recording = _files.Write("call.json", Recording(menuText: "Press 1 for sales.", menuStatus: 200));

        var outcome = await Callflow.RunAsync("replay", recording, "--url", _app.ServerUrl.ToString());

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(
            [
                "exchange 1: POST first -> 200: same",
                "exchange 2: GET menu -> 200: same",
                "exchange 3: POST final -> 200: same",
                $"Replayed 3 exchanges against {_app.AppUrl}: all the same.",
            ],
            outcome.OutputLines);
        Assert.Equal("GET", _app.ReceivedFor("menu").Single().Method);
        // A replay is a new call: one fresh id, the same on every page.
        var callIds = _app.Received.Select(page => page.CallId).Distinct().ToList();
        Assert.StartsWith("c-1-replay-", Assert.Single(callIds), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PropertiesTheModelDoesNotKnowAreKeptInTheRecordingAndCompared()
    {
        _app.On("menu", new Connect("441908273800") { UnknownProperties = new() { ["future_ring_tone"] = JsonSerializer.SerializeToElement("uk") } });
        var recording = _files.Write("call.json", Recording(menuText: "unused", menuStatus: 200)
            .Replace("""{"actions": [{"play": {"play_list": [{"text_to_say": "unused"}]}}, {"connect": {"destinations": ["441908273800"]}}]""", """{"actions": [{"connect": {"destinations": ["441908273800"], "future_ring_tone": "uk"}}]""", StringComparison.Ordinal)
            .Replace("\"app\": \"fake\",", "\"app\": \"fake\", \"future_recorder\": \"v3\",", StringComparison.Ordinal));

        var outcome = await Callflow.RunAsync("replay", recording, "--url", _app.AppUrl.ToString());

        Assert.Equal((0, "exchange 2: GET menu -> 200: same"), (outcome.ExitCode, outcome.OutputLines[1]));
    }

    [Fact]
    public async Task DifferencesArePrintedByPathAndExitOne()
    {
        var recording = _files.Write("call.json", Recording(menuText: "Press 2 for sales.", menuStatus: 200).Replace("\"441908273800\"", "\"441908273800\", \"441908273802\""));

        var outcome = await Callflow.RunAsync("replay", recording, "--url", _app.AppUrl.ToString());

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(
            [
                "exchange 1: POST first -> 200: same",
                "exchange 2: GET menu -> 200: 2 differences",
                "  $.actions[0].play.play_list[0].text_to_say: expected \"Press 2 for sales.\", got \"Press 1 for sales.\"",
                "  $.actions[1].connect.destinations[1]: expected \"441908273802\", got (absent)",
                "exchange 3: POST final -> 200: same",
                $"Replayed 3 exchanges against {_app.AppUrl}: 1 differs.",
            ],
            outcome.OutputLines);
    }

    [Fact]
    public async Task StatusDifferenceIsReported()
    {
        _app.On("menu", _ => new FakeAnswer(404, "application/problem+json", """{"title": "Not Found", "status": 404, "traceId": "00-abc"}"""));
        var recording = _files.Write("call.json", Recording(menuText: "Press 1 for sales.", menuStatus: 200));

        var outcome = await Callflow.RunAsync("replay", recording, "--url", _app.ServerUrl.ToString());

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(
            [
                "exchange 2: GET menu -> 404: 3 differences",
                "  status: expected 200, got 404",
                "  $.actions: expected [{\"play\":{\"play_list\":[{\"text_to_say\":\"Press 1 for sales.\"}]}},{\"connect\":{\"destinations\":[\"441908273800\"]}}], got (absent)",
                "  $.api_version: expected \"2.0\", got (absent)",
            ],
            outcome.OutputLines.Skip(1).Take(4));
    }

    [Fact]
    public async Task ProblemDetailsAreComparedOnTheRecordedPropertiesOnly()
    {
        _app.On("menu", _ => new FakeAnswer(404, "application/problem+json", """{"title": "Not Found", "status": 404, "traceId": "00-abc"}"""));
        var recording = _files.Write("call.json", Recording(menuText: "", menuStatus: 404)
            .Replace("""{"actions": [{"play": {"play_list": [{"text_to_say": ""}]}}, {"connect": {"destinations": ["441908273800"]}}], "api_version": "2.0"}""", """{"title": "Not Found", "status": 404}"""));

        var outcome = await Callflow.RunAsync("replay", recording, "--url", _app.ServerUrl.ToString());

        Assert.Equal(0, outcome.ExitCode);
    }

    [Fact]
    public async Task SomethingOtherThanARecordingCannotBeReplayed()
    {
        var file = _files.Write("response.json", SampleDocuments.Response);

        var outcome = await Callflow.RunAsync("replay", file, "--url", _app.ServerUrl.ToString());

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(
            [
                $"callflow replay: {file} is not a recording that can be replayed:",
                $"{file}: $: this is a response document (with \"actions\" or \"api_version\"), not a recording",
            ],
            outcome.ErrorLines);
        Assert.Empty(_app.Received);
    }

    [Fact]
    public async Task InvalidRecordingCannotBeReplayed()
    {
        var file = _files.Write("call.json", """{"app": "fake", "exchanges": []}""");

        var outcome = await Callflow.RunAsync("replay", file, "--url", _app.ServerUrl.ToString());

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal($"{file}: exchanges: is required", outcome.ErrorLines[^1]);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000/")]
    [InlineData("http://127.0.0.1:5000/", "http://127.0.0.1:5000/")]
    [InlineData("http://127.0.0.1:5000/apps/reception", "http://127.0.0.1:5000/")]
    [InlineData("http://127.0.0.1:5000/apps/reception/", "http://127.0.0.1:5000/")]
    [InlineData("http://127.0.0.1:5000/callflow/apps/reception", "http://127.0.0.1:5000/callflow/")]
    [InlineData("http://127.0.0.1:5000/callflow", "http://127.0.0.1:5000/callflow/")]
    public void UrlMayNameTheServerOrTheAppOnIt(string url, string serverUrl)
    {
        Assert.Equal(new Uri(serverUrl), ReplayCommand.ServerUrl(new Uri(url), "reception"));
    }

    private static string Recording(string menuText, int menuStatus) => """
        {
          "app": "fake",
          "exchanges": [
            {
              "page": "first",
              "request": {"this_call": {"call_id": "c-1"}},
              "expected_response": {"api_version": "2.0", "actions": [{"redirect": {"next_page": "menu"}}]}
            },
            {
              "page": "menu",
              "method": "GET",
              "request": {"this_call": {"call_id": "c-1"}, "token": "t-1"},
              "expected_status": MENU_STATUS,
              "expected_response": {"actions": [{"play": {"play_list": [{"text_to_say": "MENU_TEXT"}]}}, {"connect": {"destinations": ["441908273800"]}}], "api_version": "2.0"}
            },
            {
              "page": "final",
              "request": {"this_call": {"call_id": "c-1", "call_state": "idle"}},
              "expected_response": {}
            }
          ]
        }
        """.Replace("MENU_TEXT", menuText, StringComparison.Ordinal).Replace("MENU_STATUS", menuStatus.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}

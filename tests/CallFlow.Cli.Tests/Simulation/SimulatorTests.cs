using System.Text.Json;
using CallFlow.Actions.Parts;
using CallFlow.Actions.Verbs;
using CallFlow.Simulator.Http;
using CallFlow.Simulator;
using CallFlow.Cli.Tests.Support;
using Record = CallFlow.Actions.Verbs.Record;

namespace CallFlow.Cli.Tests.Simulation;

public sealed class SimulatorTests : IAsyncLifetime
{
    private FakeApp _app = null!;

    public async Task InitializeAsync() => _app = await FakeApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task FirstPageCarriesAGeneratedInstanceInfoForTheCallDescribed()
    {
        _app.On("first", new HangUp());

        await SimulateAsync(options => new SimulationOptions(_app.AppUrl) { From = "441000000001", To = "442000000002", Direction = "out", Token = "started" });

        var first = _app.ReceivedFor("first").Single();
        Assert.Equal("POST", first.Method);
        Assert.StartsWith("application/json", first.ContentType);
        Assert.False(string.IsNullOrEmpty(first.Text("application_instance_id")));
        Assert.Equal("started", first.Text("token"));
        Assert.StartsWith("sim-", first.CallId);
        Assert.Equal("out", first.Text("this_call.call_direction"));
        Assert.Equal("441000000001", first.Text("this_call.call_from"));
        Assert.Equal("442000000002", first.Text("this_call.call_to"));
        Assert.Equal("answered", first.Text("this_call.call_state"));
    }

    [Fact]
    public async Task PlaysAreHeardAndRunningOutOfActionsEndsTheCallWithTheFinalPage()
    {
        _app.On("first", Play.SayText("Welcome to Example."), new Play().AddFile("music.wav").AddDigits("12"));

        var result = await SimulateAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(["Welcome to Example.", "[file music.wav]", "[tones 12]"], result.Heard);
        Assert.Contains("  [1] play: the caller hears \"Welcome to Example.\"", result.Transcript);
        Assert.Contains("no actions left: the platform hangs up", result.Transcript);
        var final = _app.ReceivedFor("final").Single();
        Assert.Equal("idle", final.Text("this_call.call_state"));
        Assert.Equal("completed", final.Text("this_call.call_cause"));
        Assert.Equal(_app.ReceivedFor("first").Single().CallId, final.CallId);
        Assert.Equal("completed", result.CallCause);
        Assert.Equal(["first", "final"], result.Recording.Exchanges.Select(exchange => exchange.Page));
    }

    [Fact]
    public async Task ConnectByDefaultIsAnsweredByTheFirstDestinationForThirtySecondsSentAsANumber()
    {
        _app.On("first", new Connect(["441908273800", "441908273802"]) { NextPage = "connected" })
            .On("connected", new HangUp());

        var result = await SimulateAsync();

        var connected = _app.ReceivedFor("connected").Single();
        Assert.Equal("connect", connected.Text("action_result.action"));
        Assert.Equal("30", connected.Text("action_result.result.seconds_connected_duration"));
        Assert.Equal(JsonValueKind.Number, connected.InstanceInfo.GetProperty("action_result").GetProperty("result").GetProperty("seconds_connected_duration").ValueKind);
        Assert.False(connected.InstanceInfo.GetProperty("action_result").TryGetProperty("interrupted", out _));
        Assert.False(connected.InstanceInfo.TryGetProperty("instance_info", out _));
        Assert.Contains(result.Transcript, line => line.EndsWith("connect 441908273800, 441908273802: 441908273800 answers", StringComparison.Ordinal));
        var dropped = _app.ReceivedFor("final").Single().InstanceInfo.GetProperty("dropped_calls");
        Assert.Equal("441908273802", dropped[0].GetProperty("call_to").GetString());
        Assert.Equal("dropped", dropped[0].GetProperty("call_cause").GetString());
    }

    [Fact]
    public async Task ScenarioChoosesWhichDestinationAnswersAndForHowLong()
    {
        _app.On("first", new Connect(["441908273800", "441908273802"]) { NextPage = "connected" })
            .On("connected", new HangUp());

        await SimulateAsync(new Scenario { Connects = [new ConnectAnswer { Destination = 2, SecondsConnected = 47.3 }] });

        Assert.Equal("47.3", _app.ReceivedFor("connected").Single().Text("action_result.result.seconds_connected_duration"));
        var dropped = _app.ReceivedFor("final").Single().InstanceInfo.GetProperty("dropped_calls");
        Assert.Equal("441908273800", dropped[0].GetProperty("call_to").GetString());
    }

    [Theory]
    [InlineData(ConnectAnswer.NoAnswer, "nobody answers", "no_answer")]
    [InlineData(ConnectAnswer.Busy, "busy", "busy")]
    public async Task ConnectNobodyAnswersConnectsNothingAndDropsEveryDestination(string outcome, string said, string cause)
    {
        _app.On("first", new Connect("441908273800") { NextPage = "connected" })
            .On("connected", Play.SayText("Sorry, nobody is free."));

        var result = await SimulateAsync(new Scenario { Connects = [new ConnectAnswer { Outcome = outcome }] });

        Assert.Equal("0", _app.ReceivedFor("connected").Single().Text("action_result.result.seconds_connected_duration"));
        Assert.Contains(result.Transcript, line => line.EndsWith($"connect 441908273800: {said}", StringComparison.Ordinal));
        var dropped = _app.ReceivedFor("final").Single().InstanceInfo.GetProperty("dropped_calls");
        Assert.Equal(cause, dropped[0].GetProperty("call_cause").GetString());
        Assert.Contains("Sorry, nobody is free.", result.Heard);
    }

    [Fact]
    public async Task AnInboundCallRingsUntilAnsweredAndAnsweringIsHeardOnTheNextPage()
    {
        _app.On("first", new Answer(), new Redirect("next")).On("next", new HangUp());

        var result = await SimulateAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal("inbound", _app.ReceivedFor("first").Single().Text("this_call.call_state"));
        Assert.Equal("answered", _app.ReceivedFor("next").Single().Text("this_call.call_state"));
    }

    [Fact]
    public async Task AnActionThatTalksToTheCallerAnswersTheCallImplicitly()
    {
        _app.On("first", Play.SayText("Hello."), new Redirect("next")).On("next", new HangUp());

        await SimulateAsync();

        Assert.Equal("answered", _app.ReceivedFor("next").Single().Text("this_call.call_state"));
    }

    [Fact]
    public async Task RejectEndsAnInboundCallWithItsCauseOnTheFinalPage()
    {
        _app.On("first", new Reject("busy"), Play.SayText("Never heard."));

        var result = await SimulateAsync();

        Assert.Empty(result.Heard);
        Assert.Equal("busy", result.CallCause);
        Assert.Equal("busy", _app.ReceivedFor("final").Single().Text("this_call.call_cause"));
        Assert.Equal("486", _app.ReceivedFor("final").Single().Text("this_call.call_raw_cause"));
    }

    [Fact]
    public async Task RejectAfterTheCallIsAnsweredIsIgnored()
    {
        _app.On("first", Play.SayText("Hello."), new Reject(), Play.SayText("Still here."));

        var result = await SimulateAsync();

        Assert.Equal(["Hello.", "Still here."], result.Heard);
        Assert.Equal("completed", result.CallCause);
    }

    [Fact]
    public async Task GetInputReceivesTheScenariosSpeechThenItsDigits()
    {
        _app.On("first", new GetInput("spoken")).On("spoken", new GetInput("pressed")).On("pressed", new HangUp());

        await SimulateAsync(new Scenario { Speech = ["sales please"], Digits = ["42"] });

        Assert.Equal("speech", _app.ReceivedFor("spoken").Single().Text("action_result.result.input_type"));
        Assert.Equal("sales please", _app.ReceivedFor("spoken").Single().Text("action_result.result.input"));
        Assert.Equal("digits", _app.ReceivedFor("pressed").Single().Text("action_result.result.input_type"));
        Assert.Equal("42", _app.ReceivedFor("pressed").Single().Text("action_result.result.input"));
    }

    [Fact]
    public async Task RunSpeechMenuFollowsTheOptionWhoseWordTheCallerSays()
    {
        _app.On("first", new RunSpeechMenu().AddOption("sales", '1', "sales").AddOption("support", '2', "support"))
            .On("support", new HangUp());

        await SimulateAsync(new Scenario { Speech = ["Support"] });

        Assert.Equal("Support", _app.ReceivedFor("support").Single().Text("action_result.result.input"));
        Assert.Empty(_app.ReceivedFor("sales"));
    }

    [Fact]
    public async Task RunSpeechMenuTakesADigitWhenTheCallerSaysNothing()
    {
        _app.On("first", new RunSpeechMenu().AddOption("sales", '1', "sales")).On("sales", new HangUp());

        await SimulateAsync(new Scenario { Digits = ["1"] });

        Assert.Equal("digits", _app.ReceivedFor("sales").Single().Text("action_result.result.input_type"));
    }

    [Fact]
    public async Task SendFaxReportsEachPageToItsProgressPageThenRequestsTheNextPage()
    {
        _app.On("first", new SendFax("invoice.tif") { ProgressPage = "progress", NextPage = "sent" })
            .On("progress", _ => FakeAnswer.Empty)
            .On("sent", new HangUp());

        var result = await SimulateAsync(new Scenario { FaxPages = 2 });

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(["1", "2"], _app.ReceivedFor("progress").Select(page => page.Text("action_progress.pages_sent")));
        Assert.Equal("2", _app.ReceivedFor("sent").Single().Text("action_result.result.pages_sent"));
    }

    [Fact]
    public async Task ReceiveFaxReportsProgressAndAvailabilityThenRequestsTheNextPage()
    {
        _app.On("first", new ReceiveFax("received") { Id = "fax-1", ProgressPage = "progress", FaxAvailablePage = "available" })
            .On("progress", _ => FakeAnswer.Empty)
            .On("available", _ => FakeAnswer.Empty)
            .On("received", new HangUp());

        var result = await SimulateAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal("1", _app.ReceivedFor("progress").Single().Text("action_progress.pages_received"));
        var available = _app.ReceivedFor("available").Single();
        Assert.Equal("true", available.Text("is_notification"));
        Assert.Equal(available.Text("action_result.result.filename"), _app.ReceivedFor("received").Single().Text("action_result.result.filename"));
    }

    [Fact]
    public async Task TranscriptionSendsTheCallersSpeechInterimThenFinalWithoutThisCall()
    {
        _app.On("first", new StartTranscription("transcripts") { EnableInterimResults = true }, new StopTranscription(), new HangUp())
            .On("transcripts", _ => FakeAnswer.Empty);

        var result = await SimulateAsync(new Scenario { Speech = ["That's all folks"] });

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var transcripts = _app.ReceivedFor("transcripts");
        var phrases = transcripts.Select(page => page.InstanceInfo.GetProperty("action_result").GetProperty("result").GetProperty("transcription")[0]).ToList();
        Assert.Equal([false, true], phrases.Select(phrase => phrase.GetProperty("final").GetBoolean()));
        Assert.All(phrases, phrase => Assert.Equal("That's all folks", phrase.GetProperty("alternatives")[0].GetProperty("text").GetString()));
        Assert.All(transcripts, page => Assert.False(page.InstanceInfo.TryGetProperty("this_call", out _)));
        Assert.All(transcripts, page => Assert.Equal("", page.Text("token")));
    }

    [Fact]
    public async Task RecordNotifiesItsRecordingAvailablePage()
    {
        _app.On("first", new Record("recorded") { RecordingAvailablePage = "available" })
            .On("available", _ => FakeAnswer.Empty)
            .On("recorded", new HangUp());

        await SimulateAsync();

        Assert.Equal(_app.ReceivedFor("recorded").Single().Text("action_result.result.filename"), _app.ReceivedFor("available").Single().Text("action_result.result.filename"));
    }

    [Fact]
    public async Task ScenarioNamingAMissingDestinationIsAProblem()
    {
        _app.On("first", new Connect("441908273800"));

        var result = await SimulateAsync(new Scenario { Connects = [new ConnectAnswer { Destination = 3 }] });

        Assert.Equal(["[1] connect: the scenario says destination 3 answers, but there is 1"], result.Problems);
    }

    [Fact]
    public async Task SecondaryFirstPageRunsOnTheSecondaryCallBeforeTheCallsAreConnected()
    {
        var connect = new Connect("441908273800")
        {
            CallFrom = "441908273801",
            SecondaryCall = new SecondaryCall("screen") { FinalPage = "screen-final" },
            NextPage = "connected",
        };
        _app.On("first", connect)
            .On("screen", Play.SayText("You have a call from Example."))
            .On("screen-final", _ => FakeAnswer.Empty)
            .On("connected", new HangUp());

        var result = await SimulateAsync();

        var screen = _app.ReceivedFor("screen").Single();
        Assert.Equal("out", screen.Text("this_call.call_direction"));
        Assert.Equal("441908273800", screen.Text("this_call.call_to"));
        Assert.Equal("441908273801", screen.Text("this_call.call_from"));
        Assert.NotEqual(_app.ReceivedFor("first").Single().CallId, screen.CallId);
        Assert.Equal(["first", "screen", "screen-final", "connected", "final"], _app.Received.Select(page => page.Page));
        Assert.Equal(screen.CallId, _app.ReceivedFor("screen-final").Single().CallId);
        Assert.Contains("        [2] play: the callee hears \"You have a call from Example.\"", result.Transcript);
        Assert.Contains("      no actions left: the platform connects the calls", result.Transcript);
        Assert.Equal("30", _app.ReceivedFor("connected").Single().Text("action_result.result.seconds_connected_duration"));
    }

    [Fact]
    public async Task SecondaryCallHungUpByItsPagesIsNeverConnected()
    {
        _app.On("first", new Connect("441908273800") { SecondaryCall = new SecondaryCall("screen"), NextPage = "connected" })
            .On("screen", new HangUp())
            .On("connected", new HangUp());

        var result = await SimulateAsync();

        Assert.Equal("0", _app.ReceivedFor("connected").Single().Text("action_result.result.seconds_connected_duration"));
        Assert.Contains("      the secondary call ended before it was connected", result.Transcript);
    }

    [Fact]
    public async Task ConnectToConferenceJoinsTheNamedConference()
    {
        _app.On("first", new ConnectToConference("sales") { NextPage = "left" })
            .On("left", new HangUp());

        var result = await SimulateAsync(new Scenario { Connects = [new ConnectAnswer { SecondsConnected = 131.1 }] });

        var left = _app.ReceivedFor("left").Single();
        Assert.Equal("connect_to_conference", left.Text("action_result.action"));
        Assert.Equal("131.1", left.Text("action_result.result.seconds_connected_duration"));
        Assert.Contains("      in the conference for 131.1 s, then the caller leaves", result.Transcript);
        Assert.Contains(result.Transcript, line => line.EndsWith("connect_to_conference conference \"sales\": the caller joins", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetNumberSendsTheScenarioDigitsWithoutTheEndDigit()
    {
        _app.On("first", new GetNumber("number") { Prompt = Play.SayText("Enter your account number."), EndDigit = "#" })
            .On("number", new HangUp());

        var result = await SimulateAsync(new Scenario { Digits = ["1234#"] });

        var number = _app.ReceivedFor("number").Single();
        Assert.Equal("get_number", number.Text("action_result.action"));
        Assert.Equal("1234", number.Text("action_result.result.entered_number"));
        Assert.Contains("Enter your account number.", result.Heard);
    }

    [Fact]
    public async Task GetNumberWithoutDigitsTimesOutEmpty()
    {
        _app.On("first", new GetNumber("number") { DigitCount = 4 }).On("number", new HangUp());

        var result = await SimulateAsync();

        Assert.Equal("", _app.ReceivedFor("number").Single().Text("action_result.result.entered_number"));
        Assert.Contains("      the caller presses nothing: the number times out empty", result.Transcript);
    }

    [Fact]
    public async Task RunMenuPlaysTheInvalidMessageThenRequestsTheChosenOptionsPage()
    {
        var menu = new RunMenu(new MenuOption('1', "sales"), new MenuOption('2', "support"))
        {
            Prompt = Play.SayText("Press 1 for sales, 2 for support."),
            OnInvalidDigitMessages = [Play.SayText("That is not an option.")],
        };
        _app.On("first", menu).On("support", Play.SayText("Support, please hold."));

        var result = await SimulateAsync(new Scenario { Digits = ["92"] });

        var support = _app.ReceivedFor("support").Single();
        Assert.Equal("run_menu", support.Text("action_result.action"));
        Assert.Equal("2", support.Text("action_result.result.selected_digit"));
        Assert.Empty(_app.ReceivedFor("sales"));
        Assert.Equal(["Press 1 for sales, 2 for support.", "That is not an option.", "Support, please hold."], result.Heard);
    }

    [Fact]
    public async Task RunMenuWithoutAKeyTimesOutAndTheCallGoesOnWithTheNextAction()
    {
        var menu = new RunMenu(new MenuOption('1', "sales")) { OnDigitTimeoutMessages = [Play.SayText("Please choose an option.")] };
        _app.On("first", menu, Play.SayText("Goodbye."));

        var result = await SimulateAsync();

        Assert.Equal(["Please choose an option.", "Goodbye."], result.Heard);
        Assert.Empty(_app.ReceivedFor("sales"));
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task RecordReturnsTheRecordingDetailsAsThePlatformSendsThem()
    {
        _app.On("first", new Record("recorded") { Id = "voicemail" }).On("recorded", new HangUp());

        await SimulateAsync(new Scenario { Recordings = [new RecordAnswer { Seconds = 12.5, ContainsSound = false }] });

        var recorded = _app.ReceivedFor("recorded").Single();
        Assert.Equal("record", recorded.Text("action_result.action"));
        Assert.StartsWith("voicemail-", recorded.Text("action_result.result.filename"));
        Assert.EndsWith(".wav", recorded.Text("action_result.result.filename"));
        Assert.Equal("12.5", recorded.Text("action_result.result.seconds_duration"));
        Assert.Equal("false", recorded.Text("action_result.result.contains_sound"));
    }

    [Fact]
    public async Task NextPageReplacesTheQueuedActions()
    {
        _app.On("first", new GetNumber("number"), Play.SayText("Never heard."))
            .On("number", Play.SayText("Thank you."));

        var result = await SimulateAsync(new Scenario { Digits = ["7#"] });

        Assert.Equal(["Thank you."], result.Heard);
    }

    [Fact]
    public async Task RedirectFollowsARelativeUrlAndGetPagesCarryInstanceInfoInTheQuery()
    {
        _app.On("first", new Redirect(new WebPageRequest("elsewhere", "GET")))
            .On("elsewhere", Play.SayText("Redirected."));

        var result = await SimulateAsync();

        var elsewhere = _app.ReceivedFor("elsewhere").Single();
        Assert.Equal("GET", elsewhere.Method);
        Assert.Equal(_app.ReceivedFor("first").Single().CallId, elsewhere.CallId);
        Assert.Equal(["Redirected."], result.Heard);
        Assert.Equal("GET", result.Recording.Exchanges[1].Method);
    }

    [Fact]
    public async Task PagesAreRecordedRelativeToTheAppEvenWhenTheyLeadToAnotherApp()
    {
        _app.On("first", new Redirect("../other/first")).On("error", new HangUp());

        var result = await SimulateAsync();

        Assert.Equal(["first", "../other/first", "error", "final"], result.Recording.Exchanges.Select(exchange => exchange.Page));
    }

    [Fact]
    public async Task TokenFromAnAnswerComesBackInLaterRequests()
    {
        _app.On("first", _ => FakeAnswer.Response(new Actions.Responses.ActionsResponse(new Redirect("next")) { Token = "step-1" }))
            .On("next", new HangUp());

        await SimulateAsync();

        Assert.Equal("step-1", _app.ReceivedFor("next").Single().Text("token"));
        Assert.Equal("step-1", _app.ReceivedFor("final").Single().Text("token"));
    }

    [Fact]
    public async Task InvalidAnswerGoesToTheErrorPageWithAnErrorResult()
    {
        _app.On("first", new Connect())
            .On("error", Play.SayText("Sorry, something went wrong."), new HangUp());

        var result = await SimulateAsync();

        var error = _app.ReceivedFor("error").Single();
        Assert.Equal("connect", error.Text("error_result.action"));
        Assert.Equal("actions[0].connect.destinations: is required", error.Text("error_result.result"));
        Assert.Equal(["POST first: actions[0].connect.destinations: is required"], result.Problems);
        Assert.Contains("Sorry, something went wrong.", result.Heard);
        Assert.Equal("completed", result.CallCause);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{"actions": [{"teleport": {}}], "api_version": "2.0"}""")]
    [InlineData("""{"actions": [], "api_version": "1.0"}""")]
    public async Task AnswerThatBreaksTheProtocolGoesToTheErrorPage(string answer)
    {
        _app.On("first", _ => FakeAnswer.Json(answer)).On("error", new HangUp());

        var result = await SimulateAsync();

        Assert.Single(_app.ReceivedFor("error"));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task MissingNextPageGoesToTheErrorPage()
    {
        _app.On("first", new Redirect("nowhere")).On("error", new HangUp());

        var result = await SimulateAsync();

        Assert.Equal("the page answered HTTP 404", _app.ReceivedFor("error").Single().Text("error_result.result"));
        Assert.Equal(["POST nowhere: the page answered HTTP 404"], result.Problems);
    }

    [Fact]
    public async Task UnusableErrorPageEndsTheCallAsFailed()
    {
        _app.On("first", _ => FakeAnswer.Json("[]")).On("error", _ => FakeAnswer.Json("[]"));

        var result = await SimulateAsync();

        Assert.Equal("failed", result.CallCause);
        Assert.Equal("failed", _app.ReceivedFor("final").Single().Text("this_call.call_cause"));
        Assert.Equal(2, result.Problems.Count);
    }

    [Fact]
    public async Task PageThatDoesNotAnswerInTimeGoesToTheErrorPage()
    {
        _app.On("first", async (_, cancellationToken) =>
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return FakeAnswer.Empty;
            })
            .On("error", new HangUp());

        var result = await SimulateAsync(_ => new SimulationOptions(_app.AppUrl) { PageTimeout = TimeSpan.FromMilliseconds(200) });

        Assert.Contains("did not answer within 0.2 s", _app.ReceivedFor("error").Single().Text("error_result.result"));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task LoopingAppStopsAtThePageLimit()
    {
        _app.On("first", new Redirect("first"));

        var result = await SimulateAsync(_ => new SimulationOptions(_app.AppUrl) { MaxPages = 5 });

        Assert.Equal(5, _app.ReceivedFor("first").Count);
        Assert.Single(_app.ReceivedFor("final"));
        Assert.Equal(["stopped after 5 pages: the app may be looping"], result.Problems);
        Assert.Equal("failed", result.CallCause);
    }

    [Fact]
    public async Task CallerHangsUpAtTheStepTheScenarioNames()
    {
        _app.On("first", Play.SayText("One."), new Connect("441908273800") { NextPage = "connected" }, Play.SayText("Three."));

        var result = await SimulateAsync(new Scenario { CallerHangsUpAtStep = 2 });

        Assert.Equal(["One."], result.Heard);
        Assert.Empty(_app.ReceivedFor("connected"));
        Assert.Equal("hung_up", _app.ReceivedFor("final").Single().Text("this_call.call_cause"));
        Assert.Contains("  [2] connect: the caller hangs up", result.Transcript);
    }

    [Fact]
    public async Task BasicCredentialsAreSentWithEveryPage()
    {
        _app.On("first", new HangUp());

        await SimulateAsync(_ => new SimulationOptions(_app.AppUrl) { Credentials = new PageCredentials("platform", "s3cret") });

        Assert.All(_app.Received, page => Assert.Equal("Basic cGxhdGZvcm06czNjcmV0", page.Authorization));
    }

    [Fact]
    public async Task RecordingKeepsEveryExchangeWithItsAnswer()
    {
        _app.On("first", new Redirect("next")).On("next", new HangUp());

        var result = await SimulateAsync();

        Assert.Equal("fake", result.Recording.App);
        Assert.Equal(["first", "next", "final"], result.Recording.Exchanges.Select(exchange => exchange.Page));
        Assert.All(result.Recording.Exchanges, exchange => Assert.Equal(200, exchange.ExpectedStatus));
        Assert.Equal("hang_up", result.Recording.Exchanges[1].ExpectedResponse!.Value.GetProperty("actions")[0].EnumerateObject().Single().Name);
    }

    private Task<SimulationResult> SimulateAsync(Scenario? scenario = null) =>
        SimulateAsync(_ => new SimulationOptions(_app.AppUrl) { Scenario = scenario ?? new Scenario() });

    private async Task<SimulationResult> SimulateAsync(Func<SimulationOptions, SimulationOptions> configure)
    {
        using var http = new HttpClient();
        return await new PlatformSimulator(http, configure(new SimulationOptions(_app.AppUrl))).RunAsync();
    }
}

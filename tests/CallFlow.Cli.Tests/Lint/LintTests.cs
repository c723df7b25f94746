using CallFlow.Actions.Serialization;
using CallFlow.Cli.Tests.Support;

namespace CallFlow.Cli.Tests.Lint;

public sealed class LintTests : IDisposable
{
    private readonly TempFolder _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData(SampleDocuments.Response)]
    [InlineData(SampleDocuments.PageRequest)]
    [InlineData(SampleDocuments.BarePageRequest)]
    [InlineData(SampleDocuments.Recording)]
    public async Task CleanDocumentOfEachKindExitsZeroAndPrintsNothing(string document)
    {
        var outcome = await Callflow.RunAsync("lint", _files.Write("document.json", document));

        Assert.Equal((0, "", ""), (outcome.ExitCode, outcome.Output, outcome.Error));
    }

    [Fact]
    public async Task ResponseDocumentPrintsOneLinePerProblemWithItsWirePath()
    {
        var file = _files.Write("response.json", """
            {"actions": [{"connect": {"destinations": ["not a number"], "seconds_answer_timeout": 0}}, {"get_number": {"next_page": "number", "end_digit": ""}}],
             "api_version": "1.0"}
            """);

        var outcome = await Callflow.RunAsync("lint", file);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(
            [
                $"{file}: api_version: must be \"2.0\", not \"1.0\"",
                $"{file}: actions[0].connect.destinations[0]: \"not a number\" holds white space, which no number or address does",
                $"{file}: actions[0].connect.seconds_answer_timeout: must be greater than 0, not 0",
                $"{file}: actions[1].get_number.end_digit: must not be \"\" (no end digit) while digit_count is 0 (unlimited): nothing would end the number",
            ],
            outcome.OutputLines);
    }

    [Theory]
    [InlineData("""{"actions": [{"hang_up": {}}, {"sleep": {"seconds": "five"}}], "api_version": "2.0"}""", "actions[1].sleep.seconds: must be a whole number")]
    [InlineData("""{"actions": [{"connect": {"destinations": ["441908273800"], "hold_media": {"play": {"play_list": [{"text_to_say": 5}]}}}}], "api_version": "2.0"}""", "actions[0].connect.hold_media.play.play_list[0].text_to_say: must be a string")]
    [InlineData("""{"actions": []}""", "api_version: is required")]
    [InlineData("""{"actions": [{"redirect": {"next_page": 5}}], "api_version": "2.0"}""", "actions[0].redirect.next_page: a web page request must be a URL string or an object {\"url\": \"...\", \"method\": \"POST\"}, not a number")]
    public async Task ResponseDocumentThatDoesNotReadReportsThePlaceInsideTheAction(string document, string problem)
    {
        var file = _files.Write("response.json", document);

        var outcome = await Callflow.RunAsync("lint", file);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal([$"{file}: {problem}"], outcome.OutputLines);
    }

    [Fact]
    public async Task ProblemsInAMultiLineDocumentAreFoundAtTheirPlace()
    {
        var file = _files.Write("response.json", """
            {
              "actions": [
                { "sleep": { "seconds": 2 } },
                { "sleep": {
                    "seconds": true } }
              ],
              "api_version": "2.0"
            }
            """);

        var outcome = await Callflow.RunAsync("lint", file);

        Assert.Equal([$"{file}: actions[1].sleep.seconds: must be a whole number"], outcome.OutputLines);
    }

    [Theory]
    [InlineData("""{"instance_info": {"this_call": {"call_from": "441908273801"}}}""", "instance_info.this_call.call_id: is required")]
    [InlineData("""{"this_call": {"call_from": "441908273801"}}""", "this_call.call_id: is required")]
    [InlineData("""{"instance_info": {"token": "x"}}""", "instance_info.application_instance_id: is required when there is no this_call")]
    [InlineData("""{"instance_info": {"this_call": {"call_id": "c-1", "seconds_call_duration": "long"}}}""", "instance_info.this_call.seconds_call_duration: expected a number or a numeric string such as \"47.3\", not \"long\"")]
    [InlineData("""{"instance_info": {"this_call": {"call_id": "c-1"}, "action_result": {"action": "connect", "result": {"seconds_connected_duration": "?"}}}}""", "instance_info.action_result.result.seconds_connected_duration: expected a number or a numeric string such as \"47.3\", not \"?\"")]
    public async Task PageRequestProblemsAreReportedByPath(string document, string problem)
    {
        var file = _files.Write("request.json", document);

        var outcome = await Callflow.RunAsync("lint", file);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal([$"{file}: {problem}"], outcome.OutputLines);
    }

    [Fact]
    public async Task RecordingProblemsAreReportedInsideTheirExchange()
    {
        var file = _files.Write("recording.json", """
            {
              "app": "support",
              "exchanges": [
                {"page": "first", "request": {"instance_info": {"this_call": {}}}, "expected_response": {"actions": [{"connect": {}}], "api_version": "2.0"}},
                {"page": "", "method": "PUT", "request": {"x": 1}, "request_text": "x=1"},
                {"page": "bad-input", "request_text": "not json", "expected_status": 400, "expected_response": {"title": "Bad request"}}
              ]
            }
            """);

        var outcome = await Callflow.RunAsync("lint", file);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(
            [
                $"{file}: exchanges[1].page: is required",
                $"{file}: exchanges[1].method: must be GET or POST, not \"PUT\"",
                $"{file}: exchanges[1].request_text: must not be given together with request: an exchange sends one or the other",
            ],
            outcome.OutputLines);

        var fixedExchange = File.ReadAllText(file).Replace("""{"page": "", "method": "PUT", "request": {"x": 1}, "request_text": "x=1"}""", """{"page": "menu", "request_text": "x=1", "content_type": "application/x-www-form-urlencoded"}""");
        var again = await Callflow.RunAsync("lint", _files.Write("recording.json", fixedExchange));

        Assert.Equal(
            [
                $"{file}: exchanges[0].request.instance_info.this_call.call_id: is required",
                $"{file}: exchanges[0].expected_response.actions[0].connect.destinations: is required",
            ],
            again.OutputLines);
    }

    [Fact]
    public async Task RecordingWithAnUnknownPropertyIsAProblemNamedWithItsSuggestion()
    {
        var file = _files.Write("recording.json", """{"app": "support", "exchanges": [{"page": "first", "request": {"this_call": {"call_id": "c"}}, "expected_statuss": 200}]}""");

        var outcome = await Callflow.RunAsync("lint", file);

        Assert.Equal(
            [$"{file}: exchanges[0].expected_statuss: is not a property of an item of exchanges, kept as written (did you mean expected_status?); the properties of an item of exchanges: page, method, content_type, request, request_text, expected_status, expected_response, received_at"],
            outcome.OutputLines);
    }

    [Fact]
    public async Task AMisspeltPropertyOrActionFailsLintWithTheNearestKnownName()
    {
        var file = _files.Write("response.json", """{"actions": [{"connect": {"destinations": ["441908273800"], "call_frm": "441908273801"}}, {"hangup": {}}], "api_version": "2.0"}""");

        var outcome = await Callflow.RunAsync("lint", file);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(
            [
                $"{file}: actions[0].connect.call_frm: is not a property of connect, kept as written (did you mean call_from?); the properties of connect: destinations, call_from, hold_media, pass_early_media, seconds_answer_timeout, classify_callee, secondary_call, next_page",
                $"{file}: actions[1].hangup: is not an action this model knows, kept as written (did you mean hang_up?); the actions: {ActionRegistry.KnownNames}",
            ],
            outcome.OutputLines);
    }

    [Fact]
    public async Task AllowUnknownPropertiesTurnsThemIntoWarningsThatDoNotFailLint()
    {
        var file = _files.Write("response.json", """{"actions": [{"hang_up": {"future_reason": "done"}}], "api_version": "2.0"}""");

        var outcome = await Callflow.RunAsync("lint", "--allow-unknown-properties", file);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal([$"{file}: actions[0].hang_up.future_reason: warning: is not a property of hang_up, kept as written; the properties of hang_up: none"], outcome.OutputLines);
    }

    [Fact]
    public async Task EveryProblemOfADocumentIsReportedAtOnceNotOnlyTheFirstThatStopsReading()
    {
        var file = _files.Write("response.json", """
            {"actions": [{"sleep": {"seconds": "five"}}, {"hang_up": {}, "play": {}}, {"redirect": {"next_page": 5}}, {"sleep": {"seconds": -1}}, {"hang_up": {"colour": 1}}],
             "api_version": "1.0"}
            """);

        var outcome = await Callflow.RunAsync("lint", file);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(
            [
                $"{file}: api_version: must be \"2.0\", not \"1.0\"",
                $"{file}: actions[0].sleep.seconds: must be a whole number",
                $"{file}: actions[1]: an action object must have exactly one key, the action name; \"hang_up\" is followed by \"play\"",
                $"{file}: actions[2].redirect.next_page: a web page request must be a URL string or an object {{\"url\": \"...\", \"method\": \"POST\"}}, not a number",
                $"{file}: actions[3].sleep.seconds: must be greater than 0, not -1",
                $"{file}: actions[4].hang_up.colour: is not a property of hang_up, kept as written; the properties of hang_up: none",
            ],
            outcome.OutputLines);
    }

    [Theory]
    [InlineData("""{"actions": [{"hang_up": {}},], "api_version": "2.0"}""", "not valid JSON (line 1, column 30): a trailing comma after the last item, which JSON does not allow; remove it")]
    [InlineData("""{"actions": [{"hang_up": {}}], "api_version": "2.0",}""", "not valid JSON (line 1, column 53): a trailing comma after the last item, which JSON does not allow; remove it")]
    public async Task ATrailingCommaIsNamedPlainly(string document, string problem)
    {
        var file = _files.Write("response.json", document);

        var outcome = await Callflow.RunAsync("lint", file);

        Assert.Equal([$"{file}: $: {problem}"], outcome.OutputLines);
    }

    [Fact]
    public async Task DocumentOfNoKnownKindIsAProblem()
    {
        var file = _files.Write("other.json", """{"name": "not a callflow document"}""");

        var outcome = await Callflow.RunAsync("lint", file);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(
            [$"{file}: $: cannot tell what this document is: expected a recording (with \"exchanges\"), a response document (with \"actions\" or \"api_version\"), a page request (with \"instance_info\", or a bare one with \"this_call\"), an app file (with \"pages\" and \"fallback\")"],
            outcome.OutputLines);
    }

    [Fact]
    public async Task FileThatIsNotJsonExitsTwoWithWhereItBreaks()
    {
        var file = _files.Write("broken.json", "{\n  \"actions\": [,]\n}");

        var outcome = await Callflow.RunAsync("lint", file);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal([$"{file}: $: not valid JSON (line 2, column 15): ',' is an invalid start of a value"], outcome.OutputLines);
    }

    [Fact]
    public async Task MissingFileExitsTwo()
    {
        var file = _files.Missing("absent.json");

        var outcome = await Callflow.RunAsync("lint", file);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal([$"{file}: $: cannot read the file: no such file"], outcome.OutputLines);
    }

    [Fact]
    public async Task ByteOrderMarkIsAccepted()
    {
        var file = _files.Write("bom.json", "\uFEFF" + SampleDocuments.Response);

        var outcome = await Callflow.RunAsync("lint", file);

        Assert.Equal(0, outcome.ExitCode);
    }

    [Fact]
    public async Task EveryFileIsCheckedAndTheWorstExitCodeWins()
    {
        var clean = _files.Write("clean.json", SampleDocuments.Response);
        var invalid = _files.Write("invalid.json", """{"actions": [], "api_version": "3.0"}""");
        var missing = _files.Missing("missing.json");

        var outcome = await Callflow.RunAsync("lint", clean, missing, invalid);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(2, outcome.OutputLines.Count);
        Assert.StartsWith($"{missing}: $: cannot read the file", outcome.OutputLines[0]);
        Assert.Equal($"{invalid}: api_version: must be \"2.0\", not \"3.0\"", outcome.OutputLines[1]);
    }
}

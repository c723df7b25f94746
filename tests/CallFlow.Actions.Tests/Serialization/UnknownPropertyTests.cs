using System.Text.Json;
using CallFlow.Actions.Recordings;
using CallFlow.Actions.Requests;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Serialization;
using CallFlow.Actions.Tests.Support;
using CallFlow.Actions.Validation;
using CallFlow.Actions.Verbs;

namespace CallFlow.Actions.Tests.Serialization;

public class UnknownPropertyTests
{
    // A property the model does not know at every level of a response: the response, actions, nested plays, media
    // items, support classes, menu options and web page request objects.
    private const string ResponseWithUnknownProperties = """
        {"actions": [
            {"play": {"play_list": [{"text_to_say": "Hello", "future_voice_style": "calm"}], "future_play_flag": true}},
            {"connect": {"destinations": ["441908273800"], "future_connect_option": {"nested": [1, 2]},
                "hold_media": {"play": {"play_list": [{"file_to_play": "hold.wav", "future_volume": 3}], "future_loop": null}},
                "classify_callee": {"enable": true, "future_classifier": "v9"},
                "secondary_call": {"minutes_max_call_duration": 10, "future_mode": "x",
                    "first_page": {"url": "first", "method": "POST", "future_timeout": 5}},
                "next_page": {"url": "after", "future_headers": [{"name": "X", "value": "1"}]}}},
            {"connect_to_conference": {"name": "room", "conference_participant": {"talker": true, "future_whisper": false}}},
            {"get_number": {"next_page": {"url": "n"}, "prompt": {"play": {"play_list": [{"digits_to_play": "1", "future_tone": "long"}]}}}},
            {"run_menu": {"menu_options": [{"digit": "1", "next_page": {"url": "one"}, "future_label": "sales"}]}}
         ],
         "api_version": "2.0",
         "future_response_option": "kept"}
        """;

    private const string PageRequestWithUnknownProperties = """
        {"instance_info": {
            "application_instance_id": "i-1", "is_notification": false, "future_instance_field": {"a": 1},
            "this_call": {"call_id": "c-1", "future_call_field": "kept"},
            "action_result": {"action": "connect", "future_outer": 7,
                              "result": {"seconds_connected_duration": 4.5, "future_inner": "x"}},
            "error_result": {"action": "connect", "result": "failed", "future_error_code": 500},
            "dropped_calls": [{"call_id": "c-2", "future_drop_reason": "voicemail"}]
         },
         "future_wrapper_field": true}
        """;

    private const string PageRequestWithUnknownResultProperties = """
        {"instance_info": {"is_notification": false, "this_call": {"call_id": "c-1"},
            "action_result": {"action": "run_menu", "result": {"selected_digit": "2", "future_attempts": 3}}}}
        """;

    private const string PageRequestWithRawResult = """
        {"instance_info": {"is_notification": false, "this_call": {"call_id": "c-1"},
            "action_result": {"action": "future_action", "future_outer": [1], "result": {"anything": true}}}}
        """;

    public static TheoryData<string, WireSerializer> PageRequests => Wire.Cross(
        [PageRequestWithUnknownProperties, PageRequestWithUnknownResultProperties, PageRequestWithRawResult]);

    [Theory]
    [MemberData(nameof(Wire.Serializers), MemberType = typeof(Wire))]
    public void UnknownPropertiesAtEveryLevelOfAResponseSurviveReadAndWrite(WireSerializer serializer)
    {
        var response = serializer.Read<ActionsResponse>(ResponseWithUnknownProperties);

        Assert.Empty(ActionsResponseValidator.Instance.Validate(response).Errors);
        JsonAssert.SameTree(ResponseWithUnknownProperties, serializer.Write(response));
    }

    [Theory]
    [MemberData(nameof(PageRequests))]
    public void UnknownPropertiesAtEveryLevelOfAPageRequestSurviveReadAndWrite(string json, WireSerializer serializer)
    {
        var request = PageRequestReader.Read(json, serializer.Options());

        JsonAssert.SameTree(json, serializer.Write(request));
    }

    [Theory]
    [MemberData(nameof(Wire.Serializers), MemberType = typeof(Wire))]
    public void AnUnknownPropertyIsKeptInsideTheObjectItWasIn(WireSerializer serializer)
    {
        var connect = (Connect)serializer.Read<ActionsResponse>(ResponseWithUnknownProperties).Actions[1];

        Assert.Equal(5, connect.SecondaryCall!.FirstPage!.UnknownProperties!["future_timeout"].GetInt32());
        Assert.Equal(JsonValueKind.Null, connect.HoldMedia!.UnknownProperties!["future_loop"].ValueKind);
    }

    [Fact]
    public void ARecordingKeepsItsOwnUnknownProperties()
    {
        const string json = """{"app": "a", "recorded_by": "someone", "exchanges": [{"page": "first", "method": "POST", "request": {"x": 1}, "expected_status": 200, "note": "kept"}]}""";

        var recording = JsonSerializer.Deserialize<Recording>(json, CallFlowJson.Options)!;

        JsonAssert.SameTree(json, JsonSerializer.SerializeToElement(recording, CallFlowJson.Options));
    }

    [Fact]
    public void UnknownNamesAreListedAtTheirWirePathsWithTheKnownNamesOfTheirObject()
    {
        var response = WireSerializer.SourceGenerated.Read<ActionsResponse>(ResponseWithUnknownProperties);

        var found = UnknownNames.Find(response);

        Assert.Equal(
            new[]
            {
                "future_response_option", "actions[0].play.future_play_flag", "actions[0].play.play_list[0].future_voice_style",
                "actions[1].connect.future_connect_option", "actions[1].connect.hold_media.play.future_loop",
                "actions[1].connect.hold_media.play.play_list[0].future_volume", "actions[1].connect.classify_callee.future_classifier",
                "actions[1].connect.secondary_call.future_mode", "actions[1].connect.secondary_call.first_page.future_timeout",
                "actions[1].connect.next_page.future_headers", "actions[2].connect_to_conference.conference_participant.future_whisper",
                "actions[3].get_number.prompt.play.play_list[0].future_tone", "actions[4].run_menu.menu_options[0].future_label",
            }.Order(StringComparer.Ordinal).ToList(),
            found.Select(problem => problem.Path).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void AMisspeltPropertyIsNamedWithTheNearestKnownOne()
    {
        var response = WireSerializer.SourceGenerated.Read<ActionsResponse>(
            """{"actions": [{"connect": {"destinatons": ["441908273800"]}}], "api_version": "2.0"}""");

        var problem = Assert.Single(UnknownNames.Find(response));

        Assert.Equal("actions[0].connect.destinatons", problem.Path);
        Assert.StartsWith("is not a property of connect, kept as written (did you mean destinations?); the properties of connect: destinations, call_from,", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMisspeltPageRequestPropertyIsNamedWithTheNearestKnownOne()
    {
        var response = WireSerializer.SourceGenerated.Read<ActionsResponse>(
            """{"actions": [{"redirect": {"next_page": {"url": "n", "mehtod": "GET"}}}], "api_version": "2.0"}""");

        var problem = Assert.Single(UnknownNames.Find(response));

        Assert.Equal(("actions[0].redirect.next_page.mehtod", "is not a property of next_page, kept as written (did you mean method?); the properties of next_page: url, method"), (problem.Path, problem.Message));
    }

    [Fact]
    public void AMisspeltActionIsKeptAndNamedWithTheNearestKnownAction()
    {
        var response = WireSerializer.SourceGenerated.Read<ActionsResponse>("""{"actions": [{"hang_up": {}}, {"conect": {}}], "api_version": "2.0"}""");

        var problem = Assert.Single(UnknownNames.Find(response));

        Assert.Equal("actions[1].conect", problem.Path);
        Assert.Equal($"is not an action this model knows, kept as written (did you mean connect?); the actions: {ActionRegistry.KnownNames}", problem.Message);
    }

    [Fact]
    public void UnknownPropertiesOfAResultAreNamedInsideAndBesideTheResult()
    {
        var request = PageRequestReader.Read(PageRequestWithUnknownProperties);

        var paths = UnknownNames.Find(request).Select(problem => problem.Path).ToList();

        Assert.Contains("instance_info.action_result.future_outer", paths);
        Assert.Contains("instance_info.action_result.result.future_inner", paths);
        Assert.Contains("instance_info.error_result.future_error_code", paths);
        Assert.Contains("instance_info.dropped_calls[0].future_drop_reason", paths);
    }

    [Fact]
    public void ADocumentOfKnownNamesHasNoUnknownNames() =>
        Assert.Empty(UnknownNames.Find(WireSerializer.SourceGenerated.Read<ActionsResponse>(
            """{"actions": [{"connect": {"destinations": ["1"], "next_page": {"url": "n", "method": "GET"}}}], "api_version": "2.0"}""")));

    [Theory]
    [InlineData("""{"actions": [{"hang_up": {"future": "\ud800"}}], "api_version": "2.0"}""", "actions[0].hang_up.future")]
    [InlineData("""{"actions": [{"redirect": {"next_page": {"url": "n", "future": ["\ud800"]}}}], "api_version": "2.0"}""", "actions[0].redirect.next_page.future[0]")]
    public void AnUnknownPropertyThatCouldNotBeWrittenBackIsAReadErrorAtItsPath(string json, string path)
    {
        var error = Assert.ThrowsAny<JsonException>(() => WireSerializer.SourceGenerated.Read<ActionsResponse>(json));

        Assert.Equal([new WireProblem(path, "holds an escaped lone surrogate (such as \\ud800), which is not text")], JsonReadProblems.Describe(error));
    }
}

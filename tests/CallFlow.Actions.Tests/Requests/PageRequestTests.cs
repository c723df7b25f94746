using System.Text.Json;
using CallFlow.Actions.Requests;
using CallFlow.Actions.Results;
using CallFlow.Actions.Tests.Support;
using CallFlow.Actions.Validation;

namespace CallFlow.Actions.Tests.Requests;

public class PageRequestTests
{
    // The canonical request of docs/protocol.md section 2.
    private const string ProtocolExample = """
        { "instance_info": {
            "application_instance_id": "06e122c3364cc74c.787379",
            "token": "state",
            "log_filename": "2026/11/20/06e122c3364cc74c.787379.log",
            "is_notification": false,
            "this_call": {
              "call_id": "c-1a2b", "call_direction": "in",
              "call_from": "441908273801", "call_to": "442071234567", "call_target": "442071234567",
              "call_divert": "", "call_attestation": "",
              "seconds_call_duration": 0.4, "call_state": "answered",
              "application_parameters": "lang=en", "outbound_parameters": null
            },
            "action_result": { "action": "connect", "interrupted": false,
                               "result": { "seconds_connected_duration": "47.3" } },
            "error_result": null,
            "dropped_calls": []
        } }
        """;

    private static readonly Dictionary<string, (string Json, string? Action, string Text)> ErrorResults = new()
    {
        ["a plain string"] = (""" "the page timed out" """, null, "the page timed out"),
        ["the assumed object"] = ("""{"action": "connect", "result": "bad destination"}""", "connect", "bad destination"),
        ["an object with an object result"] = ("""{"result": {"code": 500, "text": "failed"}}""", null, """{"code": 500, "text": "failed"}"""),
    };

    public static TheoryData<string, WireSerializer> Durations => Wire.Cross(["\"47.3\"", "47.3"]);

    public static TheoryData<string, WireSerializer> ActionsWithoutTypedResults => Wire.Cross(["play", "future_action"]);

    public static TheoryData<string, WireSerializer> RunMenuDigitKeys => Wire.Cross(["selected_digit", "digit"]);

    public static TheoryData<string, WireSerializer> ErrorResultForms => Wire.Cross(ErrorResults.Keys);

    public static TheoryData<string, WireSerializer> NotObjects => Wire.Cross(["[]", "\"instance_info\"", "42"]);

    [Theory]
    [MemberData(nameof(Wire.Serializers), MemberType = typeof(Wire))]
    public void ProtocolExampleReadsEveryField(WireSerializer serializer)
    {
        var request = Read(serializer, ProtocolExample);
        var info = request.InstanceInfo!;
        var call = info.ThisCall!;

        Assert.Empty(PageRequestValidator.Instance.Validate(request).Errors);
        Assert.Equal(("06e122c3364cc74c.787379", "state", "2026/11/20/06e122c3364cc74c.787379.log", false), (info.ApplicationInstanceId, info.Token, info.LogFilename, info.IsNotification));
        Assert.Equal(("c-1a2b", "in", "441908273801", "442071234567", "442071234567"), (call.CallId, call.CallDirection, call.CallFrom, call.CallTo, call.CallTarget));
        Assert.Equal(("", "", 0.4, "answered", "lang=en", null), (call.CallDivert, call.CallAttestation, call.SecondsCallDuration, call.CallState, call.ApplicationParameters, call.OutboundParameters));
        Assert.Equal(47.3, Assert.IsType<ConnectResult>(info.ActionResult).SecondsConnectedDuration);
        Assert.Null(info.ErrorResult);
        Assert.Empty(info.DroppedCalls!);
    }

    [Theory]
    [MemberData(nameof(Wire.Serializers), MemberType = typeof(Wire))]
    public void FaxProgressReportReadsAndWritesBackItsActionProgress(WireSerializer serializer)
    {
        const string progress = """
            {"instance_info": {"this_call": {"call_id": "c-1"}, "is_notification": false,
              "action_progress": {"id": "fax-1", "negotiated_settings": {"modem": "V.17", "data_rate": 9600}, "pages_received": 2}}}
            """;

        var request = PageRequestReader.Read(progress, serializer.Options());

        var report = request.InstanceInfo!.ActionProgress!;
        Assert.Equal(("fax-1", "V.17", 9600, 2), (report.Id, report.NegotiatedSettings!.Modem, report.NegotiatedSettings.DataRate, report.PagesReceived));
        JsonAssert.SameTree(progress, serializer.Write(request));
    }

    [Theory]
    [MemberData(nameof(Wire.Serializers), MemberType = typeof(Wire))]
    public void BareInstanceInfoReadsLikeTheWrappedForm(WireSerializer serializer)
    {
        var bare = JsonDocument.Parse(ProtocolExample).RootElement.GetProperty("instance_info").GetRawText();

        JsonAssert.SameTree(serializer.Write(Read(serializer, ProtocolExample)), serializer.Write(Read(serializer, bare)));
    }

    [Theory]
    [MemberData(nameof(Wire.Serializers), MemberType = typeof(Wire))]
    public void UnknownFieldsAreKeptAtEveryLevel(WireSerializer serializer)
    {
        var request = Read(serializer, """
            { "platform_version": 7,
              "instance_info": {
                "region": {"name": "eu"},
                "this_call": { "call_id": "c-1", "call_quality": [1, 2] },
                "action_result": { "action": "get_number", "took": "2s", "result": { "entered_number": "1234", "confidence": 0.9 } },
                "error_result": { "action": "play", "result": "no such file", "code": 404 },
                "dropped_calls": [ { "call_id": "c-2", "far_end_type": "answering_machine", "reason": {} } ]
            } }
            """);

        JsonAssert.SameTree("""
            { "platform_version": 7,
              "instance_info": {
                "region": {"name": "eu"},
                "is_notification": false,
                "this_call": { "call_id": "c-1", "call_quality": [1, 2] },
                "action_result": { "action": "get_number", "took": "2s", "result": { "entered_number": "1234", "confidence": 0.9 } },
                "error_result": { "action": "play", "result": "no such file", "code": 404 },
                "dropped_calls": [ { "call_id": "c-2", "far_end_type": "answering_machine", "reason": {} } ]
            } }
            """, serializer.Write(request));
    }

    [Theory]
    [MemberData(nameof(Durations))]
    public void ConnectedDurationIsReadFromAStringOrANumber(string duration, WireSerializer serializer)
    {
        var result = ReadResult(serializer, $$$$"""{"action": "connect", "result": {"seconds_connected_duration": {{{{duration}}}}}}""");

        Assert.Equal(47.3, Assert.IsType<ConnectResult>(result).SecondsConnectedDuration);
    }

    [Theory]
    [MemberData(nameof(Wire.Serializers), MemberType = typeof(Wire))]
    public void ActionResultIsReadWhenResultComesBeforeAction(WireSerializer serializer)
    {
        var result = ReadResult(serializer, """{"result": {"seconds_connected_duration": "131.1"}, "interrupted": false, "action": "connect_to_conference"}""");

        Assert.Equal(131.1, Assert.IsType<ConnectToConferenceResult>(result).SecondsConnectedDuration);
    }

    [Theory]
    [MemberData(nameof(Wire.Serializers), MemberType = typeof(Wire))]
    public void TheV2RecordExampleIsWrittenBackAsThePlatformWritesIt(WireSerializer serializer)
    {
        // The v2 action result page's record example: JSON types, no "interrupted".
        var json = """{"action": "record", "result": {"filename": "/rest_api/recordings/2013/07/16/14_35_03_04f01fb92e8913a8.62100.wav", "contains_sound": true, "seconds_duration": 16.7}}""";

        var result = Assert.IsType<RecordResult>(ReadResult(serializer, json));

        Assert.Equal((false, true, 16.7), (result.Interrupted, result.ContainsSound, result.SecondsDuration));
        JsonAssert.SameTree(json, serializer.Write<ActionResult>(result));
    }

    [Theory]
    [MemberData(nameof(Wire.Serializers), MemberType = typeof(Wire))]
    public void InterruptedResultHasNoResultAndIsWrittenWithoutOne(WireSerializer serializer)
    {
        var json = """{"action": "get_number", "interrupted": true}""";

        var result = Assert.IsType<GetNumberResult>(ReadResult(serializer, json));

        Assert.True(result.Interrupted);
        Assert.Null(result.EnteredNumber);
        JsonAssert.SameTree(json, serializer.Write<ActionResult>(result));
    }

    [Theory]
    [MemberData(nameof(ActionsWithoutTypedResults))]
    public void ResultOfAnActionWithoutATypedResultIsKeptAsRawJson(string action, WireSerializer serializer)
    {
        var json = $$$$"""{"action": "{{{{action}}}}", "result": {"seconds_played": "3.5", "details": [1, {"a": null}]}}""";

        var result = Assert.IsType<RawActionResult>(ReadResult(serializer, json));

        Assert.Equal(action, result.Action);
        Assert.Equal("3.5", result.Result!.Value.GetProperty("seconds_played").GetString());
        JsonAssert.SameTree(json, serializer.Write<ActionResult>(result));
    }

    [Theory]
    [MemberData(nameof(RunMenuDigitKeys))]
    public void RunMenuResultIsReadFromEitherKeyAndWrittenAsSelectedDigit(string key, WireSerializer serializer)
    {
        var result = ReadResult(serializer, $$$$"""{"action": "run_menu", "result": {"{{{{key}}}}": "2"}}""");

        Assert.Equal('2', Assert.IsType<RunMenuResult>(result).SelectedDigit);
        JsonAssert.SameTree("""{"action": "run_menu", "result": {"selected_digit": "2"}}""", serializer.Write(result));
    }

    [Theory]
    [MemberData(nameof(Wire.Serializers), MemberType = typeof(Wire))]
    public void RecordResultReadsNumbersAndBooleansSentAsStrings(WireSerializer serializer)
    {
        var result = Assert.IsType<RecordResult>(ReadResult(serializer,
            """{"action": "record", "result": {"filename": "rec/1.wav", "contains_sound": "true", "seconds_duration": "12.5"}}"""));

        Assert.Equal(("rec/1.wav", true, 12.5), (result.Filename, result.ContainsSound, result.SecondsDuration));
    }

    [Theory]
    [MemberData(nameof(Wire.Serializers), MemberType = typeof(Wire))]
    public void ResultThatIsNotANumberFailsAtItsActionResult(WireSerializer serializer)
    {
        var json = """{"instance_info": {"action_result": {"action": "connect", "result": {"seconds_connected_duration": "long"}}}}""";

        var error = Assert.ThrowsAny<JsonException>(() => Read(serializer, json));

        Assert.Equal(
            ("$.instance_info.action_result", "result.seconds_connected_duration: Expected a number or a numeric string such as \"47.3\", not \"long\"."),
            (error.Path, error.Message));
    }

    [Theory]
    [MemberData(nameof(ErrorResultForms))]
    public void ErrorResultIsReadFromAStringOrAnObject(string form, WireSerializer serializer)
    {
        var (json, action, text) = ErrorResults[form];

        var error = Read(serializer, $$$$"""{"instance_info": {"error_result": {{{{json}}}}}}""").InstanceInfo!.ErrorResult!;

        Assert.Equal((action, text), (error.Action, error.Result));
    }

    [Theory]
    [MemberData(nameof(Wire.Serializers), MemberType = typeof(Wire))]
    public void DroppedCallsAreReadAsCallInfo(WireSerializer serializer)
    {
        var request = Read(serializer, """
            {"instance_info": {"this_call": {"call_id": "c-1", "call_state": "idle", "call_cause": "completed", "call_raw_cause": "200"},
             "dropped_calls": [{"call_id": "c-2", "call_to": "441908273802", "far_end_type": "fax_machine", "call_cause": "dropped"}]}}
            """);

        var dropped = Assert.Single(request.InstanceInfo!.DroppedCalls!);
        Assert.Equal(("c-2", "441908273802", "fax_machine", "dropped"), (dropped.CallId, dropped.CallTo, dropped.FarEndType, dropped.CallCause));
        Assert.Equal(("completed", "200"), (request.InstanceInfo.ThisCall!.CallCause, request.InstanceInfo.ThisCall.CallRawCause));
    }

    [Theory]
    [MemberData(nameof(Wire.Serializers), MemberType = typeof(Wire))]
    public void NotificationIsRecognised(WireSerializer serializer) =>
        Assert.True(Read(serializer, """{"instance_info": {"is_notification": true, "this_call": {"call_id": "c-1"}}}""").InstanceInfo!.IsNotification);

    [Theory]
    [MemberData(nameof(Wire.Serializers), MemberType = typeof(Wire))]
    public void CallDurationIsReadFromAString(WireSerializer serializer) =>
        Assert.Equal(0.4, Read(serializer, """{"this_call": {"call_id": "c-1", "seconds_call_duration": "0.4"}}""").InstanceInfo!.ThisCall!.SecondsCallDuration);

    [Theory]
    [MemberData(nameof(NotObjects))]
    public void RequestThatIsNotAnObjectIsAReadError(string json, WireSerializer serializer)
    {
        var error = Assert.ThrowsAny<JsonException>(() => Read(serializer, json));

        Assert.StartsWith("A page request must be a JSON object: the instance info", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Wire.Serializers), MemberType = typeof(Wire))]
    public void RequestWithoutThisCallFailsValidationByWirePath(WireSerializer serializer)
    {
        var failures = PageRequestValidator.Instance.Validate(Read(serializer, """{"instance_info": {"this_call": {}}}""")).Errors
            .Select(e => $"{e.PropertyName}: {e.ErrorMessage}");

        Assert.Equal(["instance_info.this_call.call_id: is required"], failures);
    }

    private static PageRequest Read(WireSerializer serializer, string json) => PageRequestReader.Read(json, serializer.Options());

    private static ActionResult ReadResult(WireSerializer serializer, string actionResult) =>
        Read(serializer, $$$$"""{"instance_info": {"action_result": {{{{actionResult}}}}}}""").InstanceInfo!.ActionResult!;
}

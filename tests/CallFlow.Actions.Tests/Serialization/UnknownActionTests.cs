using System.Text.Json;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Serialization;
using CallFlow.Actions.Tests.Support;
using CallFlow.Actions.Validation;
using CallFlow.Actions.Verbs;

namespace CallFlow.Actions.Tests.Serialization;

public class UnknownActionTests
{
    private const string WithFutureAction = """
        {"actions": [
            {"play": {"play_list": [{"text_to_say": "One moment."}]}},
            {"transcribe": {"language": "en-GB", "seconds": 1.50, "hints": ["account", {"weight": null}], "next_page": "transcribed"}},
            {"hang_up": {}}
         ],
         "token": "t",
         "api_version": "2.0"}
        """;

    [Theory]
    [MemberData(nameof(Wire.Serializers), MemberType = typeof(Wire))]
    public void UnknownActionSurvivesReadAndWriteUnchanged(WireSerializer serializer)
    {
        var response = serializer.Read<ActionsResponse>(WithFutureAction);

        var unknown = Assert.IsType<UnknownAction>(response.Actions[1]);
        Assert.Equal(("transcribe", "transcribe"), (unknown.Name, unknown.ActionName));
        Assert.Empty(ActionsResponseValidator.Instance.Validate(response).Errors);
        JsonAssert.SameTree(WithFutureAction, serializer.Write(response));
    }

    [Theory]
    [MemberData(nameof(Wire.Serializers), MemberType = typeof(Wire))]
    public void UnknownActionKeepsItsPropertiesExactlyAsSent(WireSerializer serializer)
    {
        var unknown = (UnknownAction)serializer.Read<ActionsResponse>(WithFutureAction).Actions[1];

        // Not a web page request to this model: the plain string stays a string, the number keeps its spelling.
        Assert.Equal("transcribed", unknown.Properties.GetProperty("next_page").GetString());
        Assert.Equal("1.50", unknown.Properties.GetProperty("seconds").GetRawText());
    }

    [Fact]
    public void KnownActionNamesAreListedInProtocolOrder() =>
        Assert.Equal("answer, reject, play, connect, connect_to_conference, get_number, get_input, run_menu, run_speech_menu, record, send_fax, receive_fax, start_transcription, stop_transcription, redirect, hang_up, sleep", ActionRegistry.KnownNames);

    [Theory]
    [MemberData(nameof(Wire.Serializers), MemberType = typeof(Wire))]
    public void UnknownActionWhereOnlyAPlayFitsIsAReadError(WireSerializer serializer)
    {
        var json = """{"actions": [{"get_number": {"next_page": "n", "prompt": {"speak": {"text": "Your PIN?"}}}}], "api_version": "2.0"}""";

        var error = Assert.ThrowsAny<JsonException>(() => serializer.Read<ActionsResponse>(json));

        Assert.Equal(("$.actions[0]", "get_number.prompt: Expected a play action here, such as {\"play\": {\"play_list\": [{\"text_to_say\": \"Hello\"}]}}."), (error.Path, error.Message));
    }
}

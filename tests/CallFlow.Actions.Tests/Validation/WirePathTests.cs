using System.Text.Json;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Tests.Support;
using CallFlow.Actions.Validation;
using CallFlow.Actions.Verbs;

namespace CallFlow.Actions.Tests.Validation;

public class WirePathTests
{
    [Fact]
    public void ProblemsAreReportedByWirePath()
    {
        var response = new ActionsResponse(
            Play.SayText("Hello"),
            new Connect { HoldMedia = new Play(), SecondsAnswerTimeout = 0 },
            new UnknownAction("future_action", JsonDocument.Parse("[]").RootElement),
            new GetNumber("next") { DigitCount = 0, EndDigit = "" });

        var failures = ActionsResponseValidator.Instance.Validate(response).Errors
            .Select(e => $"{e.PropertyName}: {e.ErrorMessage}").ToList();

        Assert.Contains("actions[1].connect.destinations: is required", failures);
        Assert.Contains("actions[1].connect.hold_media.play.play_list: is required", failures);
        Assert.Contains("actions[1].connect.seconds_answer_timeout: must be greater than 0, not 0", failures);
        Assert.Contains(failures, f => f.StartsWith("actions[2].properties:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("actions[3].get_number.end_digit:", StringComparison.Ordinal));
        Assert.Equal(5, failures.Count);
    }

    [Theory]
    [MemberData(nameof(Wire.Serializers), MemberType = typeof(Wire))]
    public void ConnectRoundTrips(WireSerializer serializer)
    {
        var json = """{"actions":[{"connect":{"destinations":["441908273800"],"call_from":"441908273801","hold_media":{"play":{"play_list":[{"file_to_play":"welcome.wav"}]}},"next_page":"connectNextPage"}},{"future":{"x":1}}],"api_version":"2.0"}""";
        var response = serializer.Read<ActionsResponse>(json);
        var written = JsonSerializer.Serialize(response, serializer.Options());
        Assert.Equal("""{"actions":[{"connect":{"destinations":["441908273800"],"call_from":"441908273801","hold_media":{"play":{"play_list":[{"file_to_play":"welcome.wav"}]}},"next_page":{"url":"connectNextPage"}}},{"future":{"x":1}}],"api_version":"2.0"}""", written);
    }
}

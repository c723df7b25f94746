using System.Text.Json;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Serialization;

namespace CallFlow.Actions.Tests.Serialization;

public class JsonReadProblemsTests
{
    [Theory]
    [InlineData("""{"actions":[{"hang_up":{}},{"connect":{"destinations":["1234"],"seconds_answer_timeout":"soon"}}],"api_version":"2.0"}""",
        "actions[1].connect.seconds_answer_timeout", "must be a whole number")]
    [InlineData("""{"actions":[{"play":{"play_list":[{"text_to_say":"a","file_to_play":"b"}]}}],"api_version":"2.0"}""",
        "actions[0].play.play_list[0]", "a play list item must hold exactly one of text_to_say, file_to_play or digits_to_play; this one holds more")]
    [InlineData("""{"actions":[]}""", "api_version", "is required")]
    public void AReadErrorIsReportedAtItsFullWirePathWithoutDotNetNames(string json, string path, string message)
    {
        var exception = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, CallFlowJsonContext.Default.ActionsResponse));

        var problem = Assert.Single(JsonReadProblems.Describe(exception));

        Assert.Equal(new WireProblem(path, message), problem);
    }

    [Fact]
    public void TextThatIsNotJsonIsReportedWithItsLineAndColumn()
    {
        var exception = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize("{\n  \"actions\": [,]", CallFlowJsonContext.Default.ActionsResponse));

        var problem = JsonReadProblems.DescribeSyntax(exception);

        Assert.Equal(WireProblem.Root, problem.Path);
        Assert.StartsWith("not valid JSON (line 2, column", problem.Message, StringComparison.Ordinal);
    }
}

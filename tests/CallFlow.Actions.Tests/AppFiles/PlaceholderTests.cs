using System.Text.Json;
using CallFlow.Actions.AppFiles;
using CallFlow.Actions.Media;
using CallFlow.Actions.Serialization;
using CallFlow.Actions.Verbs;

namespace CallFlow.Actions.Tests.AppFiles;

public class PlaceholderTests
{
    private static readonly PlaceholderValues Call = new("sip:+441612345678@pbx.example.com", "tel:+44-20-7123-4567", "c-42", "1234", "3");

    [Theory]
    [InlineData("{call_from}", "sip:+441612345678@pbx.example.com")]
    [InlineData("{call_to}", "tel:+44-20-7123-4567")]
    [InlineData("{call_id}", "c-42")]
    [InlineData("{entered_number}", "1234")]
    [InlineData("{selected_digit}", "3")]
    [InlineData("Area {call_from:5}", "Area 44161")]
    [InlineData("{call_to:4}-{call_from:3}", "4420-441")]
    [InlineData("{call_from:99}", "441612345678")]
    [InlineData("Press {{1}} for {call_id}", "Press {1} for c-42")]
    [InlineData("No placeholders } here", "No placeholders } here")]
    public void PlaceholdersAreFilledInFromTheCall(string text, string expected)
    {
        var answer = AnswerOf($$"""{ "play": { "play_list": [ { "text_to_say": {{JsonSerializer.Serialize(text)}} } ] } }""");

        var said = (TextToSay)((Play)answer.Render(Call).Actions[0]).PlayList[0];
        Assert.Equal(expected, said.Text);
    }

    [Fact]
    public void ValuesARequestDoesNotHaveAreEmpty()
    {
        var answer = AnswerOf("""{ "connect_to_conference": { "name": "Room {entered_number}{selected_digit}-{call_from:5}" } }""");

        var conference = (ConnectToConference)answer.Render(new PlaceholderValues(null, null, "c-1", null, null)).Actions[0];

        Assert.Equal("Room -", conference.Name);
    }

    [Fact]
    public void EveryStringOfAnActionCanHoldPlaceholders()
    {
        var answer = AnswerOf("""
            { "connect": {
                "destinations": [ "sip:{entered_number}@pbx.example.com", "441908273800" ],
                "call_from": "{call_to}",
                "hold_media": { "play": { "play_list": [ { "file_to_play": "hold-{selected_digit}.wav" } ] } },
                "secondary_call": { "first_page": { "url": "https://example.com/whisper?from={call_from:5}", "method": "GET" } } } }
            """);

        var json = JsonSerializer.Serialize(answer.Render(Call), CallFlowJson.Options);

        Assert.Equal(
            """{"actions":[{"connect":{"destinations":["sip:1234@pbx.example.com","441908273800"],"call_from":"tel:\u002B44-20-7123-4567","hold_media":{"play":{"play_list":[{"file_to_play":"hold-3.wav"}]}},"secondary_call":{"first_page":{"url":"https://example.com/whisper?from=44161","method":"GET"}}}}],"api_version":"2.0"}""",
            json);
    }

    [Fact]
    public void MediaFilesKeepTheirFormAndTheirNameOrUrlCanHoldPlaceholders()
    {
        var answer = AnswerOf("""
            { "play": { "play_list": [
                { "file_to_play": { "url": "https://media.example.com/{call_id}.wav", "method": "GET" } },
                { "file_to_play": "menu-{selected_digit}.wav" } ] } },
            { "send_fax": { "fax_to_send": { "url": "faxes/{entered_number}.tif" } } }
            """);

        var json = JsonSerializer.Serialize(answer.Render(Call), CallFlowJson.Options);

        Assert.Equal(
            """{"actions":[{"play":{"play_list":[{"file_to_play":{"url":"https://media.example.com/c-42.wav","method":"GET"}},{"file_to_play":"menu-3.wav"}]}},{"send_fax":{"fax_to_send":{"url":"faxes/1234.tif"}}}],"api_version":"2.0"}""",
            json);
    }

    [Fact]
    public void ARuleWithoutPlaceholdersAnswersOneSharedResponse()
    {
        var answer = AnswerOf("""{ "play": { "play_list": [ { "text_to_say": "Closed {{today}}" } ] } }""");

        Assert.True(answer.IsConstant);
        Assert.Same(answer.Render(Call), answer.Render(PlaceholderValues.Sample));
        Assert.Equal("Closed {today}", ((TextToSay)((Play)answer.Render(Call).Actions[0]).PlayList[0]).Text);
    }

    [Fact]
    public void ARuleWithPlaceholdersAnswersEachCallItsOwnResponse()
    {
        var answer = AnswerOf("""{ "connect_to_conference": { "name": "Area {call_from:5}" } }""");
        var other = new PlaceholderValues("442071234567", null, "c-2", null, null);

        Assert.False(answer.IsConstant);
        Assert.Equal("Area 44161", ((ConnectToConference)answer.Render(Call).Actions[0]).Name);
        Assert.Equal("Area 44207", ((ConnectToConference)answer.Render(other).Actions[0]).Name);
    }

    private static ResponseTemplate AnswerOf(string action) =>
        AppFileText.ReadValid(AppFileText.WithActions(action)).Pages["first"].Rules[0].Answer;
}

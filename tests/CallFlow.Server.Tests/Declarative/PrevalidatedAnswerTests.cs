using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CallFlow.Actions.AppFiles;
using CallFlow.Actions.Requests;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Serialization;
using CallFlow.Actions.Verbs;
using CallFlow.AspNetCore.Apps;
using CallFlow.AspNetCore.Declarative;
using CallFlow.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallFlow.Server.Tests.Declarative;

/// <summary>
/// A declarative app vouches only for the answers its file reader validated and that never change, so the page server
/// may skip validating them again and keep their JSON; every other answer is still validated on each request.
/// </summary>
public class PrevalidatedAnswerTests
{
    private static readonly AppFile File = Read("""
        {
          "fallback": [ { "hang_up": {} } ],
          "pages": {
            "first": [
              { "name": "greet-caller", "when": { "caller_prefix": "44161" }, "actions": [ { "play": { "play_list": [ { "text_to_say": "Hello {call_from}" } ] } } ] },
              { "name": "connect", "actions": [ { "connect": { "destinations": [ "441908273800" ] } } ] }
            ]
          }
        }
        """);

    private readonly DeclarativeApp _app = new(File, TimeProvider.System, NullLogger<DeclarativeApp>.Instance);

    [Fact]
    public void AnAnswerWithoutPlaceholdersIsPrevalidated()
    {
        var answer = _app.Answer(Context(PageRequests.Inbound(from: "441908273801")));

        Assert.IsType<Connect>(Assert.Single(answer.Actions));
        Assert.True(_app.IsPrevalidated(answer));
    }

    [Fact]
    public void TheFallbackIsPrevalidated() => Assert.True(_app.IsPrevalidated(_app.Fallback));

    [Fact]
    public void AnAnswerFilledInFromTheRequestIsNotPrevalidated()
    {
        var answer = _app.Answer(Context(PageRequests.Inbound(from: "441619999999")));

        Assert.Equal("Hello 441619999999", SaidText.Of(answer));
        Assert.False(_app.IsPrevalidated(answer));
    }

    [Fact]
    public void AResponseTheAppDidNotLoadIsNotPrevalidated() =>
        Assert.False(_app.IsPrevalidated(new ActionsResponse(new Connect("441908273800"))));

    [Fact]
    public async Task APrevalidatedAnswerIsSentAndRecordedExactlyAsItSerializes()
    {
        using var folder = new AppFolder().Write("prevalidated", ConnectOnly);
        using var factory = new CallFlowFactory().WithSettings(("CallFlow:AppsPath", folder.Path));
        using var client = factory.CreateClient();
        var expected = JsonSerializer.Serialize(
            new ActionsResponse(new Connect("441908273800")), CallFlowJsonContext.Default.ActionsResponse);

        var first = await client.PostPageAsync("prevalidated", "first", PageRequests.Inbound(callId: "c-1"));
        var second = await client.PostPageAsync("prevalidated", "first", PageRequests.Inbound(callId: "c-2"));

        Assert.Equal(expected, await first.Content.ReadAsStringAsync());
        Assert.Equal(expected, await second.Content.ReadAsStringAsync());
        Assert.Equal(expected.Length, second.Content.Headers.ContentLength);
        foreach (var callId in new[] { "c-1", "c-2" })
        {
            Assert.Equal(expected, Assert.Single(await factory.RecordedExchangesAsync(callId)).Response);
        }
    }

    private const string ConnectOnly = """
        { "fallback": [ { "hang_up": {} } ], "pages": { "first": [ { "actions": [ { "connect": { "destinations": [ "441908273800" ] } } ] } ] } }
        """;

    private static PageContext Context(JsonObject request) =>
        new("prevalidated", PageNames.First, PageRequestReader.Read(request.ToJsonString()), new ServiceCollection().BuildServiceProvider());

    private static AppFile Read(string json)
    {
        var result = AppFileReader.Read("apps/prevalidated.json", Encoding.UTF8.GetBytes(json));
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        return result.File!;
    }
}

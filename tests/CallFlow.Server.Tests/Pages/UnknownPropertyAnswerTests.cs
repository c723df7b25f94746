using System.Text.Json;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Verbs;
using CallFlow.AspNetCore.Apps;
using CallFlow.Server.Tests.Declarative;
using CallFlow.Server.Tests.Infrastructure;

namespace CallFlow.Server.Tests.Pages;

/// <summary>
/// A property the model does not know (the platform adds them) reaches the platform as written, from an app file and
/// from a code-first app; an empty key (<c>""</c>, "none") stays the empty string instead of becoming the default.
/// </summary>
public sealed class UnknownPropertyAnswerTests : IDisposable
{
    private readonly AppFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AnAppFileAnswerKeepsThePropertiesAndEmptyKeysItWasWrittenWith()
    {
        _folder.Write("lobby", """
            { "fallback": [ { "hang_up": {} } ],
              "pages": { "first": [ { "actions": [
                  { "get_number": { "next_page": { "url": "final", "future_page_option": 1 }, "digit_count": 4, "end_digit": "", "help_digit": "", "future_beep": true } }
              ] } ] } }
            """);
        using var factory = new CallFlowFactory().WithSettings(("CallFlow:AppsPath", _folder.Path));

        using var response = await factory.CreateClient().PostPageAsync("lobby", "first", PageRequests.Inbound());

        Assert.Equal(
            """{"actions":[{"get_number":{"next_page":{"url":"final","future_page_option":1},"digit_count":4,"end_digit":"","help_digit":"","future_beep":true}}],"api_version":"2.0"}""",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ACodeFirstAnswerSendsThePropertiesItsAppAddedForThePlatform()
    {
        using var factory = new CallFlowFactory().WithServices(services => services.AddCallFlowApp("future", app => app.MapFirst(() =>
            new ActionsResponse(new HangUp { UnknownProperties = new() { ["future_cause"] = JsonSerializer.SerializeToElement("busy") } }))));

        using var response = await factory.CreateClient().PostPageAsync("future", "first", PageRequests.Inbound());

        Assert.Equal("""{"actions":[{"hang_up":{"future_cause":"busy"}}],"api_version":"2.0"}""", await response.Content.ReadAsStringAsync());
    }
}

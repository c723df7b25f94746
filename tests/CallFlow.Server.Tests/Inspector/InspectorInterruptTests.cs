using System.Net;
using CallFlow.AspNetCore.Calls;
using CallFlow.Server.Samples;
using CallFlow.Server.Tests.Infrastructure;
using CallFlow.Server.Tests.LiveCalls;

namespace CallFlow.Server.Tests.Inspector;

/// <summary>The interrupt form on a live call's page, over HTTP against the fake platform.</summary>
public sealed class InspectorInterruptTests(LiveCallsServer server) : IClassFixture<LiveCallsServer>
{
    private const string MenuApp = "menu";

    [Fact]
    public async Task ALiveCallOfAnAppFileOffersItsPagesOrTheFinalPage()
    {
        var (callId, _) = await server.LiveCallAsync(MenuApp);
        using var client = await server.SignedInInspectorClientAsync();

        var page = await client.GetStringAsync($"/inspector/calls/{callId}");

        Assert.Contains($"""<form class="interrupt" method="post" action="/inspector/calls/{callId}/interrupt">""", page, StringComparison.Ordinal);
        Assert.Contains("""<label for="redirect-page">""", page, StringComparison.Ordinal);
        Assert.Contains("its final page (no redirect)</option>", page[page.IndexOf("<select", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("""<option value="goodbye">page goodbye</option>""", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFinishedCallShowsNoFormAndItsInterruptIsRefusedWithoutAskingThePlatform()
    {
        var (callId, instance) = await server.LiveCallAsync();
        using var final = await server.Client.PostPageAsync(SimpleConnectApp.Name, "final",
            PageRequests.With(PageRequests.Final(callId: callId), info => info["application_instance_id"] = instance));
        Assert.True(final.IsSuccessStatusCode);
        using var client = await server.SignedInInspectorClientAsync();

        Assert.DoesNotContain("form class=\"interrupt\"", await client.GetStringAsync($"/inspector/calls/{callId}"), StringComparison.Ordinal);
        using var refused = await PostInterruptAsync(client, callId, page: "");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("The call has ended", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(server.Platform.Interrupts, r => r.Form["application_instance_ids"] == instance);
    }

    [Fact]
    public async Task ARedirectToAPageIsSentAsTheAdminApiSendsItAndTheTimelineShowsTheInterrupt()
    {
        var (callId, instance) = await server.LiveCallAsync(MenuApp);
        using var client = await server.SignedInInspectorClientAsync();

        using var response = await PostInterruptAsync(client, callId, page: "goodbye");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await response.Content.ReadAsStringAsync();
        Assert.Contains($"The platform answered &quot;interrupted&quot; for application instance {instance}.", shown, StringComparison.Ordinal);
        Assert.Contains($"The platform requests http://localhost/apps/{MenuApp}/goodbye next.", shown, StringComparison.Ordinal);
        Assert.Contains($"""<span class="page">{PageExchange.InterruptPage}</span>""", shown, StringComparison.Ordinal);
        var sent = Assert.Single(server.Platform.Interrupts, r => r.Form["application_instance_ids"] == instance).Form;
        Assert.Equal($"http://localhost/apps/{MenuApp}/goodbye", sent["redirect_page"]);
        Assert.Equal(["first", PageExchange.InterruptPage], (await server.RecordedExchangesAsync(callId)).Select(e => e.Page));
    }

    [Fact]
    public async Task WithNoPageChosenTheCallGoesToItsFinalPage()
    {
        var (callId, instance) = await server.LiveCallAsync();
        using var client = await server.SignedInInspectorClientAsync();
        Assert.Contains("""<input id="redirect-page" name="redirect_page" """, await client.GetStringAsync($"/inspector/calls/{callId}"), StringComparison.Ordinal);

        using var response = await PostInterruptAsync(client, callId, page: "");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The platform requests the call&#x27;s final page next.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(Assert.Single(server.Platform.Interrupts, r => r.Form["application_instance_ids"] == instance).Form.ContainsKey("redirect_page"));
    }

    [Fact]
    public async Task AnInstanceThePlatformNoLongerRunsIsShownAsThePlatformSaysIt()
    {
        var (callId, instance) = await server.LiveCallAsync();
        server.Platform.FinishInstance(instance);
        using var client = await server.SignedInInspectorClientAsync();

        using var response = await PostInterruptAsync(client, callId, page: "");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The platform answered &quot;application already completed&quot;", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePlatformsRefusalIsShownWithItsFourDigitCode()
    {
        var (callId, _) = await server.LiveCallAsync();
        server.Platform.FailNextWithError(HttpStatusCode.Forbidden, "0403", "Access denied");
        using var client = await server.SignedInInspectorClientAsync();

        using var response = await PostInterruptAsync(client, callId, page: "");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var shown = await response.Content.ReadAsStringAsync();
        Assert.Contains("The platform did not interrupt the call.", shown, StringComparison.Ordinal);
        Assert.Contains("Platform error code: 0403.", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nowhere")]
    [InlineData("<script>alert(1)</script>")]
    public async Task APageTheAppDoesNotHaveIsRefusedByItsPathAndShownAsText(string page)
    {
        var (callId, instance) = await server.LiveCallAsync();
        using var client = await server.SignedInInspectorClientAsync();

        using var response = await PostInterruptAsync(client, callId, page);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var shown = await response.Content.ReadAsStringAsync();
        Assert.Contains("redirect_page.url: ", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Platform.Interrupts, r => r.Form["application_instance_ids"] == instance);
    }

    [Fact]
    public async Task TheFormWithoutASessionLeadsToTheSignInPage()
    {
        var (callId, instance) = await server.LiveCallAsync();

        using var response = await server.CreateClientWithoutApiKey().PostAsync($"/inspector/calls/{callId}/interrupt", new FormUrlEncodedContent([]));

        Assert.Equal("/inspector/sign-in", response.RequestMessage?.RequestUri?.AbsolutePath);
        Assert.DoesNotContain(server.Platform.Interrupts, r => r.Form["application_instance_ids"] == instance);
    }

    // The call page's form as a browser posts it: its page field and the antiforgery token of the page.
    private static async Task<HttpResponseMessage> PostInterruptAsync(HttpClient client, string callId, string page)
    {
        var (field, token) = await InspectorServer.AntiforgeryTokenAsync(client, $"/inspector/calls/{callId}");
        return await client.PostAsync($"/inspector/calls/{callId}/interrupt",
            new FormUrlEncodedContent([KeyValuePair.Create("redirect_page", page), KeyValuePair.Create(field, token)]));
    }
}

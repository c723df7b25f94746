using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CallFlow.Actions.Serialization;
using CallFlow.AspNetCore.Calls;
using CallFlow.Server.Samples;
using CallFlow.Server.Tests.Infrastructure;

namespace CallFlow.Server.Tests.LiveCalls;

public sealed class InterruptApiTests(LiveCallsServer server) : IClassFixture<LiveCallsServer>
{
    [Fact]
    public async Task ARelativeRedirectIsResolvedAgainstTheCallsAppAndThePlatformsResultIsReported()
    {
        var (callId, instance) = await server.LiveCallAsync();

        using var response = await InterruptAsync(instance, new { redirect_page = new { url = SimpleConnectApp.ConnectedPage, method = "POST" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.ReadJsonAsync();
        Assert.Equal(("interrupted", true, callId), (answer.GetProperty("result").GetString(), answer.GetProperty("interrupted").GetBoolean(), answer.GetProperty("call_id").GetString()));
        var sent = Assert.Single(server.Platform.Interrupts, r => r.Form["application_instance_ids"] == instance).Form;
        Assert.Equal($"http://localhost/apps/{SimpleConnectApp.Name}/{SimpleConnectApp.ConnectedPage}", sent["redirect_page"]);
        Assert.Equal(("POST", sent["redirect_page"]), (sent["redirect_method"], answer.GetProperty("redirect_page").GetString()));
    }

    [Fact]
    public async Task TheRedirectPagesRequestSaysTheActionWasInterruptedAndTheHistoryShowsTheInterrupt()
    {
        var (callId, instance) = await server.LiveCallAsync();
        using var interrupt = await InterruptAsync(instance, new { redirect_page = SimpleConnectApp.ConnectedPage });
        var redirected = PageRequests.With(PageRequests.Inbound(callId), info =>
        {
            info["application_instance_id"] = instance;
            info["action_result"] = new JsonObject { ["action"] = "connect", ["interrupted"] = true };
        });

        using var page = await server.Client.PostPageAsync(SimpleConnectApp.Name, SimpleConnectApp.ConnectedPage, redirected);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var history = await server.RecordedExchangesAsync(callId);
        Assert.Equal(["first", PageExchange.InterruptPage, SimpleConnectApp.ConnectedPage], history.Select(e => e.Page));
        Assert.Contains("\"interrupted\":true", history[1].Response, StringComparison.Ordinal);
        var recording = JsonSerializer.Deserialize(await server.Client.GetByteArrayAsync($"/api/calls/{callId}/recording"), CallFlowJsonContext.Default.Recording)!;
        Assert.Equal(["first", SimpleConnectApp.ConnectedPage], recording.Exchanges.Select(e => e.Page));
    }

    [Fact]
    public async Task WithoutARedirectTheCallGoesToItsFinalPage()
    {
        var (_, instance) = await server.LiveCallAsync();

        using var response = await server.Client.PostAsync($"/api/calls/{instance}/interrupt", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await response.ReadJsonAsync()).GetProperty("redirect_page").ValueKind);
        Assert.False(Assert.Single(server.Platform.Interrupts, r => r.Form["application_instance_ids"] == instance).Form.ContainsKey("redirect_page"));
    }

    [Fact]
    public async Task AnInstanceThatHasEndedIsReportedAsThePlatformSaysIt()
    {
        var (_, instance) = await server.LiveCallAsync();
        server.Platform.FinishInstance(instance);

        using var response = await InterruptAsync(instance, new { });

        var answer = await response.ReadJsonAsync();
        Assert.Equal(("application already completed", false), (answer.GetProperty("result").GetString(), answer.GetProperty("interrupted").GetBoolean()));
    }

    [Fact]
    public async Task ThePlatformsJsonErrorIsSurfacedWithItsCodeAsABadGateway()
    {
        var (callId, instance) = await server.LiveCallAsync();
        server.Platform.FailNextWithError(HttpStatusCode.Forbidden, "0403", "Access denied");

        using var response = await InterruptAsync(instance, new { });

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(("0403", 403), (problem.GetProperty("error_code").GetString(), problem.GetProperty("platform_status").GetInt32()));
        Assert.Contains("error 0403: Access denied", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("error 0403", (await server.RecordedExchangesAsync(callId))[^1].Failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"redirect_page": {"url": "nowhere"}}""", "redirect_page.url")]
    [InlineData("""{"redirect_page": {"url": "connected", "method": "PUT"}}""", "redirect_page.method")]
    [InlineData("""{"redirect_page": {"url": "ftp://example.com/x"}}""", "redirect_page.url")]
    [InlineData("""{"redirect_page": {}}""", "redirect_page")]
    [InlineData("""{"redirect_page": {"url": "http://[bad"}}""", "redirect_page.url")]
    [InlineData("""{"redirect_page": {"url": "%ZZ"}}""", "redirect_page.url")]
    [InlineData("""{"redirect": "connected"}""", "redirect")]
    [InlineData("""[1]""", "body")]
    [InlineData("""{"redirect_page":""", "body")]
    public async Task ABadRedirectIsRefusedByItsPathBeforeThePlatformIsAsked(string body, string path)
    {
        var (_, instance) = await server.LiveCallAsync();

        using var response = await server.Client.PostAsync($"/api/calls/{instance}/interrupt", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty(path, out _), await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(server.Platform.Interrupts, r => r.Form["application_instance_ids"] == instance);
    }

    [Fact]
    public async Task AnInstanceTheHistoryHasNeverSeenGets404()
    {
        using var response = await InterruptAsync("never-seen." + Guid.NewGuid().ToString("N"), new { });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheInterruptNeedsTheAdminKey()
    {
        var (_, instance) = await server.LiveCallAsync();

        using var response = await server.CreateClientWithoutApiKey().PostAsync($"/api/calls/{instance}/interrupt", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(server.Platform.Interrupts, r => r.Form["application_instance_ids"] == instance);
    }

    private Task<HttpResponseMessage> InterruptAsync(string instance, object body) => server.Client.PostAsJsonAsync($"/api/calls/{instance}/interrupt", body);
}

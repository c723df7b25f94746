using System.Net;
using System.Text.Json;
using CallFlow.Server.Tests.Infrastructure;
using CallFlow.Server.Tests.Inspector;
using CallFlow.Server.Tests.Platform;

namespace CallFlow.Server.Tests.DialConnect;

public sealed class DialConnectLifecycleTests : IAsyncLifetime
{
    private static readonly object WebCall = new { phone_number = "12157010680", dest_phone_number = "12127773456", max_call_duration = 20, memo = "call back about order 42" };

    private DialConnectServer _server = null!;

    public async Task InitializeAsync() => _server = await DialConnectServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ARequestGoesFromScheduledThroughEveryStatusToCompletedWithItsConnectedDuration() =>
        await _server.CompleteAWebCallAsync();

    [Fact]
    public async Task TheInspectorShowsTheClickToCallRequestThatStartedACall()
    {
        await _server.CompleteAWebCallAsync();
        var requestId = Assert.Single(_server.Platform.StartedTokens);
        using var browser = _server.CreateClientWithoutApiKey();
        using var signedIn = await browser.PostAsync("/inspector/sign-in", await InspectorServer.SignInFormAsync(browser, DialConnectServer.ApiKey));

        var call = await browser.GetStringAsync("/inspector/calls/dc-out-1");

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Contains($"click-to-call request <strong>{requestId}</strong> (completed): 12157010680, then 12127773456", call, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADelayedRequestIsDialledOnlyOnceItIsDue()
    {
        var created = await _server.SubmitAsync(new { phone_number = "12157010680", dest_phone_number = "12127773456", delay = 5 });
        var id = created.GetProperty("request_id").GetString()!;
        Assert.Equal(
            created.GetProperty("created_at").GetDateTimeOffset().AddMinutes(5),
            created.GetProperty("due_at").GetDateTimeOffset());

        _server.Clock.Advance(TimeSpan.FromMinutes(4));
        await Task.Delay(200);
        Assert.Equal("scheduled", (await _server.GetAsync(id)).GetProperty("status").GetString());
        Assert.Empty(_server.Platform.ServiceStarts);

        _server.Clock.Advance(TimeSpan.FromMinutes(1));
        await _server.WaitUntilDialledAsync(id);
        Assert.Equal([id], _server.Platform.StartedTokens);
    }

    [Fact]
    public async Task ACancelledRequestIsNeverDialled()
    {
        var id = (await _server.SubmitAsync(new { phone_number = "12157010680", dest_phone_number = "12127773456", delay = 10 })).GetProperty("request_id").GetString()!;

        using var response = await _server.Api.DeleteAsync($"/api/dial-connect/{id}");
        var cancelled = await response.ReadJsonAsync();
        _server.Clock.Advance(TimeSpan.FromMinutes(11));
        await Task.Delay(200);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, cancelled.GetProperty("cancelled_at").ValueKind);
        Assert.Equal("cancelled", (await _server.GetAsync(id)).GetProperty("status").GetString());
        Assert.Empty(_server.Platform.ServiceStarts);
    }

    [Fact]
    public async Task CancellingOnceDialingHasBegunIsAConflict()
    {
        var id = (await _server.SubmitAsync(WebCall)).GetProperty("request_id").GetString()!;
        await _server.WaitForStatusAsync(id, "dialing");

        using var response = await _server.Api.DeleteAsync($"/api/dial-connect/{id}");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("dialing", (await response.ReadJsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task RequestsFallingDueTogetherStartInOneServiceStart()
    {
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await _server.SubmitAsync(new { phone_number = $"1215701068{i}", dest_phone_number = "12127773456", caller_id = "12125550100", delay = 1 })).GetProperty("request_id").GetString()!);
        }

        _server.Clock.Advance(TimeSpan.FromMinutes(1));
        foreach (var id in ids)
        {
            await _server.WaitUntilDialledAsync(id);
        }

        var start = Assert.Single(_server.Platform.ServiceStarts);
        Assert.Equal(ids.Order(), start.RestCalls.Select(c => c.GetProperty("token").GetString()!).Order());
        Assert.All(start.RestCalls, c => Assert.Equal("12125550100", c.GetProperty("from").GetString()));
    }

    [Fact]
    public async Task ScheduledRequestsSurviveARestartAndStartOnceAfterIt()
    {
        var ids = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            ids.Add((await _server.SubmitAsync(new { phone_number = "12157010680", dest_phone_number = "12127773456", delay = 30 })).GetProperty("request_id").GetString()!);
        }

        await _server.RestartAsync();
        foreach (var id in ids)
        {
            Assert.Equal("scheduled", (await _server.GetAsync(id)).GetProperty("status").GetString());
        }

        _server.Clock.Advance(TimeSpan.FromMinutes(30));
        foreach (var id in ids)
        {
            await _server.WaitUntilDialledAsync(id);
        }

        await _server.RestartAsync();
        await Task.Delay(200);

        Assert.Equal(ids.Order(), _server.Platform.StartedTokens.Order());
    }

    [Fact]
    public async Task ATestRequestIsStoredButNeverDialled()
    {
        var created = await _server.SubmitAsync(new { phone_number = "12157010680", dest_phone_number = "sip:desk@example.com", test = true });
        await Task.Delay(200);

        Assert.Equal("test", created.GetProperty("status").GetString());
        Assert.Equal("test", (await _server.GetAsync(created.GetProperty("request_id").GetString()!)).GetProperty("status").GetString());
        Assert.Empty(_server.Platform.Requests);
    }

    [Fact]
    public async Task ThePlatformRefusingTheCallFailsTheRequestWithItsAnswer()
    {
        _server.Platform.FailNext(HttpStatusCode.Unauthorized);

        var id = (await _server.SubmitAsync(WebCall)).GetProperty("request_id").GetString()!;
        var failed = await _server.WaitForStatusAsync(id, "failed");

        Assert.Contains("service_start answered 401", failed.GetProperty("error").GetString());
        Assert.Contains("scripted failure", failed.GetProperty("error").GetString());
        Assert.Single(_server.Platform.ServiceStarts);
    }

    [Fact]
    public async Task ThePlatformsJsonErrorReachesTheStatusWithItsFourDigitCode()
    {
        _server.Platform.FailNextWithError(HttpStatusCode.Unauthorized, "0402", "Authentication failed");

        var id = (await _server.SubmitAsync(WebCall)).GetProperty("request_id").GetString()!;
        var failed = await _server.WaitForStatusAsync(id, "failed");

        Assert.Contains("service_start answered 401: error 0402: Authentication failed", failed.GetProperty("error").GetString());
        Assert.Equal("application/json", Assert.Single(_server.Platform.ServiceStarts).Accept);
    }

    [Fact]
    public async Task AnUnavailablePlatformIsRetriedAndTheRequestStillDials()
    {
        _server.Platform.FailNext(HttpStatusCode.ServiceUnavailable, times: 2);

        var id = (await _server.SubmitAsync(WebCall)).GetProperty("request_id").GetString()!;
        await _server.WaitUntilDialledAsync(id);

        Assert.Equal(3, _server.Platform.ServiceStarts.Count);
        Assert.Equal("dialing", (await _server.GetAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ACallThatEndedUnansweredIsFoundOutThroughApplicationStatus()
    {
        var id = (await _server.SubmitAsync(WebCall)).GetProperty("request_id").GetString()!;
        var instance = await _server.WaitUntilDialledAsync(id);

        _server.Platform.FinishInstance(instance, "no_answer: nobody picked up");
        _server.Clock.Advance(TimeSpan.FromSeconds(90));
        var failed = await _server.WaitForStatusAsync(id, "failed");

        Assert.Contains("nobody picked up", failed.GetProperty("error").GetString());
        Assert.Contains(_server.Platform.Requests, r => r.Operation == "application_status" && r.Form["application_instance_id"] == instance);
    }

    [Fact]
    public async Task ACallThatNeverReachesItsFirstPageFailsAfterTheDialingTimeoutAndIsCancelled()
    {
        var id = (await _server.SubmitAsync(WebCall)).GetProperty("request_id").GetString()!;
        var instance = await _server.WaitUntilDialledAsync(id);

        _server.Clock.Advance(TimeSpan.FromMinutes(10));
        var failed = await _server.WaitForStatusAsync(id, "failed");

        Assert.Contains("not answered within", failed.GetProperty("error").GetString());
        Assert.Equal(JsonValueKind.String, failed.GetProperty("failed_at").ValueKind);
        await DialConnectServer.WaitUntilAsync(() => _server.Platform.Requests.Any(r => r.Operation == "service_cancel" && r.Form["application_instance_ids"] == instance));
    }

    [Fact]
    public async Task AFinalPageBeforeTheSecondNumberAnsweredFailsTheRequestWithTheCallCause()
    {
        var id = (await _server.SubmitAsync(WebCall)).GetProperty("request_id").GetString()!;
        var instance = await _server.WaitUntilDialledAsync(id);
        var recording = DialConnectServer.LoadRecording("completed-call.json", id, instance);
        await _server.ReplayAsync(recording, 0);

        var final = recording.Exchanges[3].Request!.Value.GetRawText().Replace("\"call_cause\": \"completed\"", "\"call_cause\": \"busy\"");
        using var response = await _server.Api.PostPageAsync("dial-connect", "final", final, "application/json");
        var failed = await _server.GetAsync(id);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.Equal("busy", failed.GetProperty("call_cause").GetString());
        Assert.Contains("12127773456 was not connected", failed.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("no-such-request")]
    [InlineData(null)]
    public async Task AFirstPageForNoKnownRequestApologisesAndHangsUp(string? token)
    {
        var request = PageRequests.With(PageRequests.Inbound(), info => info["token"] = token);

        using var response = await _server.Api.PostPageAsync("dial-connect", "first", request);
        var actions = (await response.ReadJsonAsync()).GetProperty("actions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Sorry, this call request is no longer valid. Goodbye.", actions[0].GetProperty("play").GetProperty("play_list")[0].GetProperty("text_to_say").GetString());
        Assert.True(actions[1].TryGetProperty("hang_up", out _));
    }

    [Fact]
    public async Task AFirstPageForAFinishedRequestApologisesAndHangsUp()
    {
        var id = (await _server.SubmitAsync(new { phone_number = "12157010680", dest_phone_number = "12127773456", delay = 10 })).GetProperty("request_id").GetString()!;
        (await _server.Api.DeleteAsync($"/api/dial-connect/{id}")).Dispose();

        using var response = await _server.Api.PostPageAsync("dial-connect", "first", PageRequests.With(PageRequests.Inbound(), info => info["token"] = id));
        var actions = (await response.ReadJsonAsync()).GetProperty("actions");

        Assert.True(actions[1].TryGetProperty("hang_up", out _));
        Assert.Equal("cancelled", (await _server.GetAsync(id)).GetProperty("status").GetString());
    }
}

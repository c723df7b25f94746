using System.Net;
using System.Net.Sockets;
using CallFlow.AspNetCore.Platform;
using Microsoft.Extensions.Options;

namespace CallFlow.Server.Tests.Platform;

public sealed class OutboundServiceClientTests : IAsyncLifetime
{
    private FakePlatform _platform = null!;

    public async Task InitializeAsync() => _platform = await FakePlatform.StartAsync();

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    [Fact]
    public async Task StartingACallAuthenticatesAsCloudIdUsernameAndOutboundService()
    {
        await Client().StartAsync(new OutboundCall("441908283800", "441908283801"));

        var request = Assert.Single(_platform.Requests);
        Assert.Equal("service_start", request.Operation);
        Assert.Equal("1-2-0/ops@example.com/DialConnect", request.Username);
        Assert.Equal(FakePlatform.Password, request.Password);
    }

    [Fact]
    public async Task StartingOneCallSendsRestCallsAsOneJsonObject()
    {
        await Client().StartAsync(new OutboundCall("441908283800", "441908283801") { Token = "my token", OutboundParameters = "some user data" });

        var restCalls = Assert.Single(_platform.Requests).Form["rest_calls"];
        Assert.Equal("""{"to":"441908283800","from":"441908283801","token":"my token","outbound_parameters":"some user data"}""", restCalls);
    }

    [Fact]
    public async Task StartingManyCallsSendsThemInOneServiceStartAndPairsEachWithItsInstance()
    {
        OutboundCall[] calls =
        [
            new("441908283800", "441908283801") { Token = "token1" },
            new("sip:bob@acompany.com") { Token = "token2" },
            new("sip:bill@anotherCompany.com", "sip:bob@acompany.com") { Token = "token3" },
        ];

        var started = await Client().StartAsync(calls);

        var request = Assert.Single(_platform.ServiceStarts);
        Assert.Equal(["token1", "token2", "token3"], request.RestCalls.Select(c => c.GetProperty("token").GetString()));
        Assert.False(request.RestCalls[1].TryGetProperty("from", out _));
        Assert.Equal(calls, started.Select(s => s.Call));
        Assert.Equal(["token1", "token2", "token3"], started.Select(s => _platform.TokenOf(s.ApplicationInstanceId!)));
    }

    [Fact]
    public async Task ServiceUnavailableIsRetriedUntilThePlatformAccepts()
    {
        _platform.FailNext(HttpStatusCode.ServiceUnavailable, times: 2);

        var started = await Client().StartAsync(new OutboundCall("441908283800", "441908283801") { Token = "t" });

        Assert.Equal(3, _platform.ServiceStarts.Count);
        Assert.NotNull(Assert.Single(started).ApplicationInstanceId);
    }

    [Fact]
    public async Task TooManyRequestsIsRetriedAfterTheDelayInRetryAfter()
    {
        var clock = new RecordingTimeProvider();
        var options = _platform.Options();
        options.RetryMaxDelay = TimeSpan.FromSeconds(5);
        _platform.FailNext(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(1));

        await OutboundServiceClient.Create(options, clock).StartAsync(new OutboundCall("sip:bob@acompany.com"));

        Assert.Equal(2, _platform.ServiceStarts.Count);
        Assert.Contains(TimeSpan.FromSeconds(1), clock.TimerDelays);
    }

    [Fact]
    public async Task RetriesStopAfterTheLastAttemptWithThePlatformsAnswer()
    {
        _platform.FailNext(HttpStatusCode.BadGateway, times: 10);

        var failure = await Assert.ThrowsAsync<PlatformException>(() => Client().StartAsync(new OutboundCall("sip:bob@acompany.com")));

        Assert.Equal(502, failure.StatusCode);
        Assert.Contains("scripted failure", failure.Answer);
        Assert.Equal(1 + _platform.Options().MaxRetryAttempts, _platform.ServiceStarts.Count);
    }

    [Fact]
    public async Task UnauthorizedFailsAtOnceWithThePlatformsAnswer()
    {
        var options = _platform.Options();
        options.OutboundServicePassword = "wrong";

        var failure = await Assert.ThrowsAsync<PlatformException>(() => OutboundServiceClient.Create(options).StartAsync(new OutboundCall("sip:bob@acompany.com")));

        Assert.Equal(401, failure.StatusCode);
        Assert.Equal("service_start", failure.Operation);
        Assert.Contains("Authentication failed", failure.Answer);
        Assert.Single(_platform.Requests);
        Assert.DoesNotContain("wrong", failure.Message);
    }

    [Fact]
    public async Task AnUnreachablePlatformFailsWithoutAStatusAfterTheRetries()
    {
        // A socket bound but not listening: every connection to its port is refused.
        using var closed = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        closed.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var options = _platform.Options();
        options.BaseUrl = $"http://127.0.0.1:{((IPEndPoint)closed.LocalEndPoint!).Port}/";

        var failure = await Assert.ThrowsAsync<PlatformException>(() => OutboundServiceClient.Create(options).StartAsync(new OutboundCall("sip:bob@acompany.com")));

        Assert.Null(failure.StatusCode);
        Assert.Empty(_platform.Requests);
    }

    [Fact]
    public async Task CallingAPhoneNumberWithoutACallerIdIsRefusedBeforeAnythingIsSent()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Client().StartAsync(new OutboundCall("441908283800")));

        Assert.Empty(_platform.Requests);
    }

    [Fact]
    public async Task CancelSendsTheInstanceIdsAndReadsTheResultOfEach()
    {
        var started = await Client().StartAsync([new OutboundCall("sip:a@example.com") { Token = "a" }, new OutboundCall("sip:b@example.com") { Token = "b" }]);
        var ids = started.Select(s => s.ApplicationInstanceId!).ToList();

        var results = await Client().CancelAsync(ids);

        Assert.Equal(string.Join('/', ids), _platform.Requests.Last().Form["application_instance_ids"]);
        Assert.All(ids, id => Assert.Equal("cancelled", results[id]));
    }

    [Fact]
    public async Task StatusTellsARunningInstanceFromAFinishedOneWithItsErrors()
    {
        var id = Assert.Single(await Client().StartAsync(new OutboundCall("sip:a@example.com") { Token = "a" })).ApplicationInstanceId!;

        var running = await Client().GetStatusAsync(id);
        _platform.FinishInstance(id, "call to sip:a@example.com was not answered");
        var finished = await Client().GetStatusAsync(id);

        Assert.Equal(id, _platform.Requests.Last().Form["application_instance_id"]);
        Assert.False(running.Finished);
        Assert.True(finished.Finished);
        Assert.NotNull(finished.StoppedAt);
        Assert.Equal("call to sip:a@example.com was not answered", finished.Detail);
    }

    [Fact]
    public async Task StatusOfAnUnknownInstanceIsAPlatformFailure()
    {
        var failure = await Assert.ThrowsAsync<PlatformException>(() => Client().GetStatusAsync("no.such"));

        Assert.Equal(404, failure.StatusCode);
    }

    [Fact]
    public void IncompleteOptionsAreRefusedNamingEachKey()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => OutboundServiceClient.Create(new PlatformOptions { BaseUrl = "ftp://x", OutboundServicePassword = "p4ss" }));

        foreach (var key in new[] { "BaseUrl", "CloudId", "Username", "OutboundService", "DefaultCallerId" })
        {
            Assert.Contains($"CallFlow:Platform:{key}", failure.Message);
        }

        Assert.DoesNotContain("CallFlow:Platform:OutboundServicePassword", failure.Message);
        Assert.DoesNotContain("p4ss", failure.Message);
    }

    private OutboundServiceClient Client() => OutboundServiceClient.Create(_platform.Options());
}

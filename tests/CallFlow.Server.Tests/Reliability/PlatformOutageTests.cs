using System.Net;
using CallFlow.Server.Tests.DialConnect;
using Xunit.Abstractions;

namespace CallFlow.Server.Tests.Reliability;

/// <summary>
/// The platform's web services fail while click-to-call requests fall due: a brief outage is waited out by the retry
/// policy and every request starts exactly once; an outage longer than the retries fails the requests it could not
/// start, with the platform's answer, and starts none of them later or twice.
/// </summary>
public sealed class PlatformOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Requests = 20;
    private DialConnectServer _server = null!;

    public async Task InitializeAsync() => _server = await DialConnectServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ABriefOutageIsWaitedOutAndEveryRequestStartsExactlyOnce()
    {
        _server.Platform.FailNext(HttpStatusCode.ServiceUnavailable, times: 2);
        _server.Platform.FailNext(HttpStatusCode.TooManyRequests, times: 1, retryAfter: TimeSpan.Zero);

        var ids = await SubmitAsync(Requests);
        await DialConnectServer.WaitUntilAsync(() => _server.Platform.InstanceTokens.Count >= Requests);
        await Task.Delay(200);

        output.WriteLine($"Platform outage (brief): {Requests} requests, {_server.Platform.ServiceStarts.Count} service_start attempts, {_server.Platform.InstanceTokens.Count} calls started.");
        Assert.Equal(ids.Order(), _server.Platform.InstanceTokens.Order());
    }

    [Fact]
    public async Task ALongOutageFailsTheRequestsItCouldNotStartAndNeverStartsThemTwice()
    {
        _server.Platform.FailNext(HttpStatusCode.ServiceUnavailable, times: 1000);

        var ids = await SubmitAsync(5);
        foreach (var id in ids)
        {
            var failed = await _server.WaitForStatusAsync(id, "failed");
            Assert.Contains("The platform did not start the call", failed.GetProperty("error").GetString(), StringComparison.Ordinal);
        }

        var attempts = _server.Platform.ServiceStarts.Count;
        await Task.Delay(300);
        output.WriteLine($"Platform outage (long): {ids.Count} requests failed after {attempts} service_start attempts; none started, none retried after failing.");
        Assert.Empty(_server.Platform.InstanceTokens);
        Assert.Equal(attempts, _server.Platform.ServiceStarts.Count);
    }

    private async Task<List<string>> SubmitAsync(int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var created = await _server.SubmitAsync(new { phone_number = $"1215701{i:D4}", dest_phone_number = "12127773456" });
            ids.Add(created.GetProperty("request_id").GetString()!);
        }

        return ids;
    }
}

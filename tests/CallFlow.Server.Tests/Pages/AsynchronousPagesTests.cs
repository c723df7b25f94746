using System.Net;
using System.Text.Json.Nodes;
using CallFlow.AspNetCore.Apps;
using CallFlow.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallFlow.Server.Tests.Pages;

/// <summary>The server on a real socket serving the asynchronous pages of the misbehaving test apps, its log recorded.</summary>
public sealed class AsynchronousPagesServer : IDisposable
{
    public AsynchronousPagesServer() =>
        Server = KestrelCallFlowFactory.Start(factory => factory.WithServices(services => services
            .AddMisbehavingApps()
            .AddSingleton<TestApps.SeenPages>()
            .AddSingleton<ILoggerProvider>(Log)));

    public LogRecorder Log { get; } = new();

    public KestrelCallFlowFactory Server { get; }

    public TestApps.SeenPages Seen => Server.Services.GetRequiredService<TestApps.SeenPages>();

    public void Dispose() => Server.Dispose();
}

public class AsynchronousPagesTests(AsynchronousPagesServer fixture) : IClassFixture<AsynchronousPagesServer>
{
    private readonly HttpClient _client = new() { BaseAddress = fixture.Server.BaseAddress };

    [Fact]
    public async Task InterimAndFinalTranscriptsReachTheResultsPageAndJoinTheCallOfTheirInstance()
    {
        var instance = await StartCallAsync("c-transcribed");

        var interim = await _client.PostPageAsync("async-pages", "transcripts", PageRequests.TranscriptionResult(instance, "That's all", final: false));
        var final = await _client.PostPageAsync("async-pages", "transcripts", PageRequests.TranscriptionResult(instance, "That's all folks", final: true));

        Assert.Equal(HttpStatusCode.NoContent, interim.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, final.StatusCode);
        Assert.Contains("transcript That's all final False", fixture.Seen.Values);
        Assert.Contains("transcript That's all folks final True", fixture.Seen.Values);
        Assert.Equal(["first", "transcripts", "transcripts"], (await fixture.Server.RecordedExchangesAsync("c-transcribed")).Select(e => e.Page));
    }

    [Fact]
    public async Task AFaxProgressReportReachesItsHandlerAsActionProgressAndIsAnsweredWithNoContent()
    {
        var response = await _client.PostPageAsync("async-pages", "fax-progress", PageRequests.FaxProgress("c-fax-progress", pagesReceived: 2));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains("fax fax-7 pages 2", fixture.Seen.Values);
        Assert.Contains(await fixture.Server.RecordedExchangesAsync("c-fax-progress"), e => e.Page == "fax-progress" && e.StatusCode == 204);
    }

    [Fact]
    public async Task TheRecordingAvailablePageReceivesTheRecordResult()
    {
        var result = new JsonObject { ["filename"] = "/rest_api/recordings/2026/12/04/rec.wav", ["contains_sound"] = true, ["seconds_duration"] = 4.2 };

        var response = await _client.PostPageAsync("async-pages", "recording-ready", PageRequests.Available("c-recorded", "record", result));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains("recording /rest_api/recordings/2026/12/04/rec.wav", fixture.Seen.Values);
        Assert.Contains(await fixture.Server.RecordedExchangesAsync("c-recorded"), e => e.Page == "recording-ready" && e.StatusCode == 204);
    }

    [Fact]
    public async Task TheFaxAvailablePageReceivesTheReceiveFaxResult()
    {
        var result = new JsonObject { ["id"] = "fax-7", ["filename"] = "/rest_api/faxes/2026/12/04/fax.tif", ["pages_received"] = 3 };

        var response = await _client.PostPageAsync("async-pages", "fax-ready", PageRequests.Available("c-faxed", "receive_fax", result));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains("fax file /rest_api/faxes/2026/12/04/fax.tif", fixture.Seen.Values);
    }

    [Fact]
    public async Task AThrowingResultsPageStillGetsNoContentAndItsFailureIsRecordedAndLogged()
    {
        var instance = await StartCallAsync("c-broken-results");

        var response = await _client.PostPageAsync("async-pages", "broken-results", PageRequests.TranscriptionResult(instance, "hello", final: true));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains(await fixture.Server.RecordedExchangesAsync("c-broken-results"),
            e => e.Page == "broken-results" && e.StatusCode == 204 && e.Failure!.Contains("boom", StringComparison.Ordinal));
        await fixture.Log.WaitForLineAsync(line => line.Contains("async-pages/broken-results", StringComparison.Ordinal) && line.Contains("boom", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AResultOfAnInstanceTheHistoryDoesNotKnowIsKeptWithoutACall()
    {
        var response = await _client.PostPageAsync("async-pages", "transcripts", PageRequests.TranscriptionResult("unknown-instance", "hi", final: true));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains(await fixture.Server.RecordedWithoutCallAsync(), r => r.Request.Contains("unknown-instance", StringComparison.Ordinal) && r.StatusCode == 204);
    }

    [Fact]
    public async Task AnAppFilePageReceivesATranscriptionResultWithoutFailingAndFilesItUnderTheCall()
    {
        var instance = await StartCallAsync("c-reception-transcribed", "reception");

        var response = await _client.PostPageAsync("reception", "first", PageRequests.TranscriptionResult(instance, "hello", final: true));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var exchanges = await fixture.Server.RecordedExchangesAsync("c-reception-transcribed");
        Assert.Equal(2, exchanges.Count);
        Assert.Null(exchanges[1].Failure);
    }

    private async Task<string> StartCallAsync(string callId, string app = "async-pages")
    {
        var instance = "instance-" + callId;
        var first = PageRequests.With(PageRequests.Inbound(callId), info => info["application_instance_id"] = instance);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostPageAsync(app, "first", first)).StatusCode);
        return instance;
    }
}

using System.Diagnostics;
using CallFlow.AspNetCore.Platform;
using CallFlow.AspNetCore.Telemetry;
using CallFlow.Server.Tests.Declarative;
using CallFlow.Server.Tests.Infrastructure;
using CallFlow.Server.Tests.Platform;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace CallFlow.Server.Tests.Telemetry;

/// <summary>The server with its spans kept in memory as well.</summary>
public sealed class TracedServer : CallFlowFactory
{
    public TracedServer() => WithServices(services => services.AddOpenTelemetry().WithTracing(tracing => tracing.AddInMemoryExporter(Spans)));

    public List<Activity> Spans { get; } = [];

    /// <summary>
    /// The finished spans so far. The exporter adds each from the thread that ends it, unlocked: a copy taken meanwhile
    /// may miss the newest (or, while the list grows, hold an empty slot), which the tests' polling covers.
    /// </summary>
    public IReadOnlyList<Activity> Finished() => Spans.ToArray().OfType<Activity>().ToList();
}

public sealed class TracesTests(TracedServer server) : IClassFixture<TracedServer>
{
    [Fact]
    public async Task APageRequestIsASpanWithAppPageAndCallIdAndTheStoreCommitIsItsChild()
    {
        await server.CreateClient().PostPageAsync("simple-connect", "first", PageRequests.Inbound("c-traced"));

        Activity? page = null;
        await Eventually.HoldsAsync(() => (page = server.Finished().FirstOrDefault(s => (s.GetTagItem(CallFlowTelemetry.CallIdTag) as string) == "c-traced")) is not null,
            "the page's span was exported");

        Assert.Equal(ActivityKind.Server, page!.Kind);
        Assert.Equal("simple-connect", page.GetTagItem(CallFlowTelemetry.AppTag));
        Assert.Equal("first", page.GetTagItem(CallFlowTelemetry.PageTag));
        var commit = Assert.Single(server.Finished(), s => s.ParentSpanId == page.SpanId);
        Assert.Equal(("store commit", CallFlowTelemetry.Name, page.TraceId), (commit.DisplayName, commit.Source.Name, commit.TraceId));
    }

    [Fact]
    public async Task WithTheStandardOtlpEndpointSetSpansMetricsAndLogsAreExportedThere()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var exporting = new CallFlowFactory().WithSettings(
            (TelemetryOptions.OtlpEndpointKey, collector.Endpoint),
            ("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"),
            ("OTEL_BSP_SCHEDULE_DELAY", "100"),
            ("OTEL_BLRP_SCHEDULE_DELAY", "100"),
            ("OTEL_METRIC_EXPORT_INTERVAL", "100"));

        await exporting.CreateClient().PostPageAsync("simple-connect", "first", PageRequests.Inbound("c-exported"));

        await Eventually.HoldsAsync(() => new[] { "/v1/traces", "/v1/metrics", "/v1/logs" }.All(collector.Exports.Contains),
            "the collector received traces, metrics and logs");
    }

    [Fact]
    public async Task EachPlatformWebServiceCallIsAClientSpanOfWhatCalledIt()
    {
        await using var platform = await FakePlatform.StartAsync();
        var spans = new List<Activity>();
        using var caller = new ActivitySource("CallFlow.Tests.Caller");
        using var tracing = Sdk.CreateTracerProviderBuilder().AddSource(caller.Name, CallFlowTelemetry.Name).AddInMemoryExporter(spans).Build();

        using (caller.StartActivity("dispatch"))
        {
            await OutboundServiceClient.Create(platform.Options()).StartAsync(new OutboundCall("441908283800", "441908283801"));
        }

        var dispatch = Assert.Single(spans, s => s.Source == caller);
        var call = Assert.Single(spans, s => s.ParentSpanId == dispatch.SpanId);
        Assert.Equal(("platform service_start", ActivityKind.Client, "service_start", "ok"),
            (call.DisplayName, call.Kind, call.GetTagItem(CallFlowTelemetry.ServiceTag), call.GetTagItem("callflow.result")));
    }
}

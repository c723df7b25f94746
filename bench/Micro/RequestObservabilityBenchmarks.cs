using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using CallFlow.AspNetCore.Logging;
using CallFlow.AspNetCore.Pages;
using CallFlow.AspNetCore.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Extensions.Hosting;
using Serilog.Extensions.Logging;
using Serilog.Formatting;

namespace CallFlow.Bench.Micro;

/// <summary>
/// What one page costs to log and measure, in process: the hand-written line the server wrote before Serilog.AspNetCore
/// (re-created here as the baseline: a source-generated-style line through Microsoft.Extensions.Logging into
/// Serilog), Serilog's request logging with CallFlow's line, and the same with the page's metrics recorded into a
/// listening OpenTelemetry meter provider. Each line is formatted in the plain-text format into memory, so the
/// console's system call (which the batched writer and now Sinks.Async keep off the request's thread) is left out.
/// </summary>
[MemoryDiagnoser]
public class RequestObservabilityBenchmarks
{
    private static readonly Action<Microsoft.Extensions.Logging.ILogger, string, string, string?, string?, int, double, Exception?> HandWrittenLine =
        LoggerMessage.Define<string, string, string?, string?, int, double>(Microsoft.Extensions.Logging.LogLevel.Information, default,
            "Page {App}/{Page} call {CallId} instance {ApplicationInstanceId} answered {StatusCode} in {ElapsedMs:0.000} ms");

    private Logger _serilog = null!;
    private Microsoft.Extensions.Logging.ILogger _handWrittenLogger = null!;
    private RequestDelegate _serilogPipeline = null!;
    private RequestDelegate _meteredPipeline = null!;
    private IServiceProvider _services = null!;
    private OpenTelemetry.Metrics.MeterProvider _meters = null!;
    private ActivitySource _requests = null!;
    private ActivityListener _listener = null!;

    [GlobalSetup]
    public void Setup()
    {
        _serilog = new LoggerConfiguration().WriteTo.Sink(new FormattingSink(new LogFormat(json: false).Formatter)).CreateLogger();
        _handWrittenLogger = new SerilogLoggerFactory(_serilog).CreateLogger("CallFlow.AspNetCore.Logging.RequestLoggingMiddleware");
        _services = new ServiceCollection().AddSingleton(new DiagnosticContext(_serilog)).AddSingleton<IDiagnosticContext>(s => s.GetRequiredService<DiagnosticContext>()).BuildServiceProvider();
        _serilogPipeline = Pipeline(metered: false);
        _meteredPipeline = Pipeline(metered: true);
        _meters = OpenTelemetry.Sdk.CreateMeterProviderBuilder().AddMeter(CallFlowTelemetry.Name)
            .AddReader(new PeriodicExportingMetricReader(new DiscardingExporter(), exportIntervalMilliseconds: 60_000)).Build()!;
        // A request span, as ASP.NET Core makes one, so the line's trace id is read as on the server.
        _requests = new ActivitySource("bench.requests");
        _listener = new ActivityListener { ShouldListenTo = s => s == _requests, Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData };
        ActivitySource.AddActivityListener(_listener);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _meters.Dispose();
        _listener.Dispose();
        _serilog.Dispose();
    }

    /// <summary>The removed middleware's work: time the request, find its page entry, write the line.</summary>
    [Benchmark(Baseline = true)]
    public async Task HandWrittenMiddleware()
    {
        var http = Request();
        using var span = _requests.StartActivity("request");
        var started = Stopwatch.GetTimestamp();
        await AnswerPage(http);
        var page = PageLogEntry.Find(http)!;
        HandWrittenLine(_handWrittenLogger, page.App, page.Page, page.CallId, page.ApplicationInstanceId, http.Response.StatusCode,
            Stopwatch.GetElapsedTime(started).TotalMilliseconds, null);
    }

    /// <summary>Serilog.AspNetCore's request logging with CallFlow's line (<c>UseCallFlowRequestLogging</c>'s configuration).</summary>
    [Benchmark]
    public async Task SerilogRequestLogging()
    {
        using var span = _requests.StartActivity("request");
        await _serilogPipeline(Request());
    }

    /// <summary>The same, with the page's duration recorded in the <c>CallFlow</c> meter as the page endpoint does.</summary>
    [Benchmark]
    public async Task SerilogRequestLoggingAndMetrics()
    {
        using var span = _requests.StartActivity("request");
        await _meteredPipeline(Request());
    }

    private RequestDelegate Pipeline(bool metered)
    {
        var app = new ApplicationBuilder(_services);
        app.UseSerilogRequestLogging(options => PageRequestLine.Configure(options, _serilog));
        app.Run(metered ? AnswerMeteredPage : AnswerPage);
        return app.Build();
    }

    private DefaultHttpContext Request() => new() { RequestServices = _services, Request = { Method = "POST", Path = "/apps/reception/first" } };

    private static Task AnswerPage(HttpContext http)
    {
        var page = PageLogEntry.Attach(http, "reception", "first");
        page.CallId = "c-bench";
        page.ApplicationInstanceId = "06e122c3364cc74c.787379";
        http.Response.StatusCode = 200;
        return Task.CompletedTask;
    }

    private static Task AnswerMeteredPage(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        AnswerPage(http);
        CallFlowTelemetry.RecordPage("reception", "first", 200, PageOutcome.Answered, Stopwatch.GetElapsedTime(started));
        return Task.CompletedTask;
    }

    // Formats every event, as the console sink does, into a reused buffer instead of the console.
    private sealed class FormattingSink(ITextFormatter format) : ILogEventSink
    {
        private readonly StringWriter _line = new();

        public void Emit(LogEvent logEvent)
        {
            _line.GetStringBuilder().Clear();
            format.Format(logEvent, _line);
        }
    }

    private sealed class DiscardingExporter : OpenTelemetry.BaseExporter<OpenTelemetry.Metrics.Metric>
    {
        public override OpenTelemetry.ExportResult Export(in OpenTelemetry.Batch<OpenTelemetry.Metrics.Metric> batch) => OpenTelemetry.ExportResult.Success;
    }
}

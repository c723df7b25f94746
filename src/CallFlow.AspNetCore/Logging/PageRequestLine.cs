using System.Diagnostics;
using CallFlow.AspNetCore.Telemetry;
using Serilog;
using Serilog.AspNetCore;
using Serilog.Events;

namespace CallFlow.AspNetCore.Logging;

/// <summary>
/// The one line Serilog's request logging writes per request: for a page, what <see cref="PageLogEntry"/> learned
/// (app, page, call id, application instance id, outcome and why) with the status, time taken and trace id.
/// </summary>
internal static class PageRequestLine
{
    /// <summary>The line's message template; every property is set on every request, <see cref="None"/> when not known.</summary>
    public const string Template =
        "{RequestMethod} {RequestPath} answered {StatusCode} in {Elapsed:0.000} ms: {Outcome}, call {CallId}, instance {ApplicationInstanceId}, trace {TraceId}, reason {Reason}";

    /// <summary>What the line says for a fact the request did not carry (or was too malformed to read).</summary>
    public const string None = "-";

    /// <summary>The outcome of a request that is not a page request.</summary>
    public const string NotAPage = "other";

    /// <summary>Sets the template, the level, the page's properties and the logger writing the line.</summary>
    public static void Configure(RequestLoggingOptions options, Serilog.ILogger logger)
    {
        options.Logger = logger;
        options.MessageTemplate = Template;
        options.GetLevel = Level;
        options.EnrichDiagnosticContext = Enrich;
    }

    // Pages at Information, or Warning when the app's answer was not sent; other requests at Debug, to keep logs about calls.
    private static LogEventLevel Level(HttpContext http, double elapsedMs, Exception? exception) =>
        exception is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error
        : PageLogEntry.Find(http) is not { } page ? LogEventLevel.Debug
        : page.Failure is null ? LogEventLevel.Information
        : LogEventLevel.Warning;

    private static void Enrich(IDiagnosticContext line, HttpContext http)
    {
        var page = PageLogEntry.Find(http);
        line.Set("App", page?.App ?? None);
        line.Set("Page", page?.Page ?? None);
        line.Set("CallId", page?.CallId ?? None);
        line.Set("ApplicationInstanceId", page?.ApplicationInstanceId ?? None);
        line.Set("Outcome", page is null ? NotAPage : CallFlowTelemetry.Label(page.Outcome));
        line.Set("Reason", page?.Failure ?? None);
        line.Set("TraceId", Activity.Current?.TraceId.ToHexString() ?? None);
    }
}

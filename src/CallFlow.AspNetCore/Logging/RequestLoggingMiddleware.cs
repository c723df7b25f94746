using System.Diagnostics;

namespace CallFlow.AspNetCore.Logging;

/// <summary>
/// Logs one line per request once it is answered: for page requests the app, page, call id, application instance id,
/// status and elapsed time; for other requests the method, path and status (at Debug, to keep logs about calls).
/// </summary>
public sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    // What the line says for a call or instance id the request did not carry (or was too malformed to read).
    private const string Unknown = "-";

    /// <summary>Runs the rest of the pipeline and logs its outcome.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (PageLogEntry.Find(context) is { Failure: null } page)
            {
                LogPage(page.App, page.Page, page.CallId ?? Unknown, page.ApplicationInstanceId ?? Unknown, context.Response.StatusCode, elapsed);
            }
            else if (PageLogEntry.Find(context) is { } failedPage)
            {
                LogFailedPage(failedPage.App, failedPage.Page, failedPage.CallId ?? Unknown, failedPage.ApplicationInstanceId ?? Unknown, context.Response.StatusCode, elapsed, failedPage.Failure);
            }
            else
            {
                LogRequest(context.Request.Method, context.Request.Path, context.Response.StatusCode, elapsed);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Page {App}/{Page} call {CallId} instance {ApplicationInstanceId} answered {StatusCode} in {ElapsedMs:0.000} ms")]
    private partial void LogPage(string app, string page, string? callId, string? applicationInstanceId, int statusCode, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Page {App}/{Page} call {CallId} instance {ApplicationInstanceId} answered {StatusCode} in {ElapsedMs:0.000} ms, not by the app: {Failure}")]
    private partial void LogFailedPage(string app, string page, string? callId, string? applicationInstanceId, int statusCode, double elapsedMs, string? failure);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Method} {Path} answered {StatusCode} in {ElapsedMs:0.000} ms")]
    private partial void LogRequest(string method, string path, int statusCode, double elapsedMs);
}

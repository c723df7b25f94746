using CallFlow.Actions.Requests;
using System.Diagnostics;
using CallFlow.AspNetCore.Apps;
using CallFlow.AspNetCore.Calls;
using CallFlow.AspNetCore.Logging;
using CallFlow.AspNetCore.Telemetry;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CallFlow.AspNetCore.Pages;

/// <summary>
/// Answers one page request end to end: find the app and page, read and validate instance_info, answer (guarded by
/// <see cref="PageAnswerer"/>), record the exchange in the call history, and only then reply.
/// </summary>
public sealed partial class PageEndpoint(
    AppRegistry apps, PageRequestBinder binder, PageAnswerer answerer, ICallStore store, ICallHistory history, IOptions<PageOptions> options, TimeProvider time, ILogger<PageEndpoint> logger)
{
    /// <summary>Answers <c>/apps/{app}/{page}</c>.</summary>
    public async Task<Results<ActionsJson, NoContent, ProblemHttpResult>> AnswerAsync(HttpContext http, string appName, string page)
    {
        var started = Stopwatch.GetTimestamp();
        var receivedAt = time.GetUtcNow();
        var log = PageLogEntry.Attach(http, appName, page);
        var span = Activity.Current?.SetTag(CallFlowTelemetry.AppTag, appName).SetTag(CallFlowTelemetry.PageTag, page);
        if (!apps.TryGet(appName, out var app) || !app.HasPage(page))
        {
            return Rejected(log, app is null ? null : appName, started, new PageProblem(404, "Page not found", app is null
                ? $"There is no app named \"{appName}\"."
                : $"App \"{appName}\" has no page \"{page}\"."));
        }

        var input = await binder.BindAsync(http.Request, http.RequestAborted);
        var exchange = new PageExchange
        {
            App = appName,
            Page = page,
            ReceivedAt = receivedAt,
            Method = http.Request.Method,
            ContentType = http.Request.ContentType,
            Request = input.Text,
            StatusCode = 0,
            ElapsedMicroseconds = 0,
        };

        if (input.Problem is { } problem)
        {
            await RecordAsync(exchange with { StatusCode = problem.Status, Failure = problem.Detail }, started);
            return Rejected(log, appName, started, problem);
        }

        var request = input.Request!;
        var instance = request.InstanceInfo!;
        log.CallId = instance.ThisCall?.CallId ?? await CallOfInstanceAsync(instance.ApplicationInstanceId!);
        log.ApplicationInstanceId = instance.ApplicationInstanceId;
        span?.SetTag(CallFlowTelemetry.CallIdTag, log.CallId);
        exchange = exchange with { CallId = log.CallId, ApplicationInstanceId = log.ApplicationInstanceId, ThisCall = instance.ThisCall };

        var answer = await answerer.AnswerAsync(app, new PageContext(appName, page, request, http.RequestServices), http.RequestAborted);
        log.Failure = answer.Failure;
        if (answer.Reason is { } reason)
        {
            CallFlowTelemetry.RecordFallback(appName, page, reason);
        }

        // The answer of a notification, a final page, a fax progress report or a request about no call (a transcription
        // result has no this_call) cannot steer the call: the platform gets 204, the history the answer.
        if (instance.IsNotification || instance.ThisCall is null || instance.ActionProgress is not null || page == PageNames.Final)
        {
            await RecordAsync(exchange with { StatusCode = 204, Failure = answer.Failure }, started);
            Answered(log, started, StatusCodes.Status204NoContent, PageOutcome.Notification);
            return TypedResults.NoContent();
        }

        var json = AnswerJson.Of(answer);
        await RecordAsync(exchange with { StatusCode = 200, Response = json.Text, Failure = answer.Failure }, started);
        Answered(log, started, StatusCodes.Status200OK, answer.Reason is null ? PageOutcome.Answered : PageOutcome.Fallback);
        return new ActionsJson(answer.Response, json.Utf8);
    }

    private static void Answered(PageLogEntry log, long started, int statusCode, PageOutcome outcome)
    {
        log.Outcome = outcome;
        CallFlowTelemetry.RecordPage(log.App, log.Page, statusCode, outcome, Stopwatch.GetElapsedTime(started));
    }

    // knownApp is null when the URL names no app CallFlow has: its name must not become a metric label.
    private static ProblemHttpResult Rejected(PageLogEntry log, string? knownApp, long started, PageProblem problem)
    {
        log.Outcome = PageOutcome.Rejected;
        log.Failure = problem.Detail;
        CallFlowTelemetry.RecordRejection(problem.Status);
        CallFlowTelemetry.RecordPage(knownApp, log.Page, problem.Status, PageOutcome.Rejected, Stopwatch.GetElapsedTime(started));
        return Problem(problem);
    }

    // A request without this_call (a transcription result, a notification) belongs to the call its instance runs. The
    // instance's earlier pages were committed before they were answered, so the history knows that call. A history that
    // fails only loses the tie: the request is still answered and kept.
    private async Task<string?> CallOfInstanceAsync(string applicationInstanceId)
    {
        using var deadline = new CancellationTokenSource(options.Value.RecordTimeout);
        try
        {
            return (await history.FindInstanceAsync(applicationInstanceId, deadline.Token))?.CallId;
        }
        catch (Exception exception)
        {
            LogInstanceNotFound(exception, applicationInstanceId);
            return null;
        }
    }

    // The exchange is committed before the reply is sent, so an answered page is never missing from the history.
    // When the store fails, or does not commit within RecordTimeout, the caller still gets the answer: a live call
    // outranks its record (docs/reliability.md). An exchange still queued when the wait ends is committed if the store recovers.
    private async Task RecordAsync(PageExchange exchange, long started)
    {
        var complete = exchange with { ElapsedMicroseconds = (long)Stopwatch.GetElapsedTime(started).TotalMicroseconds };
        using var span = CallFlowTelemetry.Source.StartActivity("store commit");
        // Real time, not the injected clock: this bounds waiting on I/O, which a test clock does not drive.
        using var deadline = new CancellationTokenSource(options.Value.RecordTimeout);
        try
        {
            await store.AppendAsync(complete, deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            span?.SetStatus(ActivityStatusCode.Error, "timeout");
            CallFlowTelemetry.RecordStoreFailure("timeout");
            LogNotRecordedInTime(complete.App, complete.Page, complete.CallId, complete.StatusCode, options.Value.RecordTimeout.TotalMilliseconds);
        }
        catch (Exception exception)
        {
            span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            CallFlowTelemetry.RecordStoreFailure("error");
            LogNotRecorded(exception, complete.App, complete.Page, complete.CallId, complete.StatusCode);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The call store failed: page {App}/{Page} of call {CallId} (status {StatusCode}) was answered but not recorded")]
    private partial void LogNotRecorded(Exception exception, string app, string page, string? callId, int statusCode);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "The call store did not commit page {App}/{Page} of call {CallId} (status {StatusCode}) within {TimeoutMs} ms; answered without waiting longer")]
    private partial void LogNotRecordedInTime(string app, string page, string? callId, int statusCode, double timeoutMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The call history could not tell the call of instance {ApplicationInstanceId}; its request is kept without a call id")]
    private partial void LogInstanceNotFound(Exception exception, string applicationInstanceId);

    private static ProblemHttpResult Problem(PageProblem problem) =>
        TypedResults.Problem(
            detail: problem.Detail,
            statusCode: problem.Status,
            title: problem.Title,
            extensions: problem.Errors is null ? null : new Dictionary<string, object?> { ["errors"] = problem.Errors });
}

using CallFlow.Actions.Responses;
using CallFlow.Actions.Validation;
using CallFlow.AspNetCore.Apps;
using Microsoft.Extensions.Options;

namespace CallFlow.AspNetCore.Pages;

/// <summary>
/// Asks an app for its answer and never lets the platform down: a handler that throws, runs past its timeout or
/// returns a response that fails validation is replaced by the app's fallback, and the failure is logged with the call id.
/// With token signing on (<see cref="TokenSigner"/>), a request whose token was forged or edited is answered by the
/// fallback without running the handler, handlers see the token as the app wrote it, and the token sent back is signed.
/// </summary>
public sealed partial class PageAnswerer(IOptions<PageOptions> options, TokenSigner tokens, TimeProvider time, ILogger<PageAnswerer> logger)
{
    /// <summary>The app's validated answer, or its fallback with the reason; its token signed when signing is on.</summary>
    public async Task<PageAnswer> AnswerAsync(ICallFlowApp app, PageContext context, CancellationToken requestAborted)
    {
        if (!tokens.TryVerify(context.Instance.Token, out var token))
        {
            return Signed(app, context, Fallback(app, context, FallbackReason.ForgedToken, "instance_info.token failed its signature check: it was not sent by CallFlow, or was edited"));
        }

        context.Instance.Token = token;
        return Signed(app, context, await AskAppAsync(app, context, requestAborted));
    }

    private async Task<PageAnswer> AskAppAsync(ICallFlowApp app, PageContext context, CancellationToken requestAborted)
    {
        var timeout = app.Timeout ?? options.Value.Timeout;
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        ActionsResponse response;
        try
        {
            response = await app.AnswerAsync(context, cancellation.Token).AsTask().WaitAsync(timeout, time, requestAborted);
        }
        catch (TimeoutException)
        {
            await cancellation.CancelAsync();
            return Fallback(app, context, FallbackReason.Timeout, $"the page took longer than {timeout.TotalMilliseconds:0} ms");
        }
        catch (OperationCanceledException) when (requestAborted.IsCancellationRequested)
        {
            return Fallback(app, context, FallbackReason.Aborted, "the platform closed the request before the page was answered");
        }
        catch (Exception exception)
        {
            LogHandlerException(exception, app.Name, context.Page, context.Instance.ThisCall?.CallId);
            return Fallback(app, context, FallbackReason.Exception, $"the page handler threw {exception.GetType().Name}: {exception.Message}");
        }

        if (response is null)
        {
            return Fallback(app, context, FallbackReason.NoResponse, "the page handler returned no response");
        }

        // An answer its app validated at load and never changes needs no second look (docs/performance.md).
        if (IsPrevalidated(app, response))
        {
            return new PageAnswer(response, null, Prevalidated: true);
        }

        var validation = ActionsResponseValidator.Instance.Validate(response);
        return validation.IsValid
            ? new PageAnswer(response, null)
            : Fallback(app, context, FallbackReason.InvalidResponse, "the page answered an invalid response: " + string.Join("; ", validation.Errors.Select(e => $"{e.PropertyName} {e.ErrorMessage}")));
    }

    // The app's response object may be shared (a fallback, a cached list), so the signed token goes on a copy.
    private PageAnswer Signed(ICallFlowApp app, PageContext context, PageAnswer answer)
    {
        if (!tokens.Enabled || answer.Response.Token is null)
        {
            return answer;
        }

        var signed = tokens.Sign(answer.Response.Token)!;
        if (signed.Length > ActionsResponse.MaxTokenLength && answer.Failure is null)
        {
            return Signed(app, context, Fallback(app, context, FallbackReason.TokenTooLong,
                $"the token is {answer.Response.Token.Length} characters; signed tokens leave at most {ActionsResponse.MaxTokenLength - TokenSigner.SignatureLength} for the app"));
        }

        var copy = new ActionsResponse(answer.Response.Actions)
        {
            Token = signed.Length > ActionsResponse.MaxTokenLength ? null : signed,
            ApiVersion = answer.Response.ApiVersion,
        };
        return answer with { Response = copy };
    }

    private PageAnswer Fallback(ICallFlowApp app, PageContext context, FallbackReason kind, string reason)
    {
        LogFallback(app.Name, context.Page, context.Instance.ThisCall?.CallId, reason);
        return new PageAnswer(app.Fallback, reason, IsPrevalidated(app, app.Fallback), kind);
    }

    private static bool IsPrevalidated(ICallFlowApp app, ActionsResponse response) =>
        app is IPrevalidatedAnswers known && known.IsPrevalidated(response);

    [LoggerMessage(Level = LogLevel.Error, Message = "Page {App}/{Page} of call {CallId} threw")]
    private partial void LogHandlerException(Exception exception, string app, string page, string? callId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Page {App}/{Page} of call {CallId} answered with the fallback: {Reason}")]
    private partial void LogFallback(string app, string page, string? callId, string reason);
}

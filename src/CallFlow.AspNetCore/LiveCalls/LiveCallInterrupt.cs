using System.Text.Json;
using CallFlow.AspNetCore.Apps;
using CallFlow.AspNetCore.Calls;
using CallFlow.AspNetCore.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CallFlow.AspNetCore.LiveCalls;

/// <summary>
/// Sends the platform's <c>rest_interrupt</c> for one running instance, optionally redirecting it to a page of its app,
/// and keeps the interrupt and its result in the call's history: what the admin API and the call inspector both do.
/// </summary>
internal static class LiveCallInterrupt
{
    /// <summary>The largest interrupt body read.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    /// <summary>The platform's result for the instance, the problems with <paramref name="body"/> by path, or why nothing was interrupted.</summary>
    /// <param name="request">The request that asked, whose address the platform is given for a relative redirect page.</param>
    /// <param name="applicationInstanceId">The instance to interrupt.</param>
    /// <param name="body">The interrupt body as <see cref="InterruptRequestReader"/> reads it, possibly empty.</param>
    /// <param name="cancellationToken">Ends the wait for the platform.</param>
    public static async Task<Results<Ok<InterruptResponse>, ValidationProblem, ProblemHttpResult>> SendAsync(
        HttpRequest request, string applicationInstanceId, byte[] body, CancellationToken cancellationToken)
    {
        var services = request.HttpContext.RequestServices;
        var history = services.GetRequiredService<ICallHistory>();
        var store = services.GetRequiredService<ICallStore>();
        var apps = services.GetRequiredService<AppRegistry>();
        var platformOptions = services.GetRequiredService<IOptions<PlatformOptions>>();
        var time = services.GetRequiredService<TimeProvider>();
        if (applicationInstanceId.Contains('/', StringComparison.Ordinal))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["application_instance_id"] = ["must not contain '/', which delimits ids for the platform"] },
                title: "The interrupt is not valid.");
        }

        var call = await history.FindInstanceAsync(applicationInstanceId, cancellationToken);
        if (call is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such application instance.",
                detail: $"The call history has no page of application instance '{applicationInstanceId}', so there is no live call to interrupt.");
        }

        // The platform must reach the redirect page, so it is addressed the way the operator reached this server.
        var appUrl = Uri.TryCreate($"{request.Scheme}://{request.Host}{request.PathBase}/apps/{Uri.EscapeDataString(call.App)}/", UriKind.Absolute, out var url) ? url : null;
        var (redirect, errors) = InterruptRequestReader.Read(body, appUrl, apps.TryGet(call.App, out var app) ? app : null);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The interrupt is not valid.");
        }

        try
        {
            // Reading the options runs PlatformOptionsValidator, which names every missing CallFlow:Platform key.
            _ = platformOptions.Value;
        }
        catch (OptionsValidationException exception)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The platform is not configured.",
                detail: string.Join(" ", exception.Failures));
        }

        var client = services.GetRequiredService<OutboundServiceClient>();
        var sentAt = time.GetUtcNow();
        var asked = JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["application_instance_ids"] = applicationInstanceId,
            ["redirect_page"] = redirect?.Url,
            ["redirect_method"] = redirect?.Method,
        });
        try
        {
            var results = await client.InterruptAsync([applicationInstanceId], redirect is null ? null : new Uri(redirect.Url), redirect?.Method, cancellationToken);
            if (!results.TryGetValue(applicationInstanceId, out var outcome))
            {
                var missing = $"rest_interrupt answered no result for '{applicationInstanceId}' (it answered for: {string.Join(", ", results.Keys)}).";
                await RecordAsync(store, call, applicationInstanceId, sentAt, asked, StatusCodes.Status502BadGateway, null, missing, cancellationToken);
                return TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: "The platform's answer is unusable.", detail: missing);
            }

            var answer = new InterruptResponse
            {
                ApplicationInstanceId = applicationInstanceId,
                CallId = call.CallId,
                Result = outcome.Result,
                Interrupted = outcome.WasInterrupted,
                InterruptedAction = outcome.InterruptedAction,
                RedirectPage = redirect?.Url,
                RedirectMethod = redirect?.Method,
            };
            await RecordAsync(store, call, applicationInstanceId, sentAt, asked, StatusCodes.Status200OK, JsonSerializer.Serialize(answer), null, cancellationToken);
            return TypedResults.Ok(answer);
        }
        catch (PlatformException exception)
        {
            await RecordAsync(store, call, applicationInstanceId, sentAt, asked, StatusCodes.Status502BadGateway, exception.Answer, exception.Message, cancellationToken);
            return TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: "The platform did not interrupt the call.", detail: exception.Message,
                extensions: new Dictionary<string, object?>
                {
                    ["platform_status"] = exception.StatusCode,
                    ["error_code"] = exception.Error?.Code,
                    ["error_link"] = exception.Error?.Link,
                });
        }
    }

    // The interrupt joins the call's history like a page exchange, under a page name no app has.
    private static Task RecordAsync(
        ICallStore store, InstanceCall call, string applicationInstanceId, DateTimeOffset sentAt, string asked, int status, string? answer, string? failure, CancellationToken cancellationToken) =>
        store.AppendAsync(new PageExchange
        {
            App = call.App,
            Page = PageExchange.InterruptPage,
            CallId = call.CallId,
            ApplicationInstanceId = applicationInstanceId,
            ReceivedAt = sentAt,
            Method = HttpMethods.Post,
            ContentType = "application/json",
            Request = asked,
            StatusCode = status,
            Response = answer,
            ElapsedMicroseconds = 0,
            Failure = failure,
        }, cancellationToken);
}

using System.Globalization;
using CallFlow.AspNetCore.Http;
using CallFlow.AspNetCore.OpenApi;
using CallFlow.AspNetCore.Platform;
using CallFlow.AspNetCore.Security;
using CallFlow.AspNetCore.Storage;
using CallFlow.AspNetCore.Telemetry;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CallFlow.AspNetCore.DialConnect;

/// <summary>
/// The click-to-call REST API, <c>/api/dial-connect</c>: submit a request (Anveo's DIAL.CONNECT), read one, list
/// them, cancel one that is still scheduled.
/// </summary>
public static class DialConnectApi
{
    /// <summary>The default and largest page of <c>GET /api/dial-connect</c>.</summary>
    public const int DefaultLimit = 100, MaxLimit = 1000;

    /// <summary>Maps the API as one group; the admin API key and the enabled check apply to all of it.</summary>
    public static RouteGroupBuilder MapDialConnect(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/dial-connect")
            .WithTags("Click-to-call")
            .RequireAdminApiKey()
            .AddEndpointFilter(RefuseWhenDisabled)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", CreateAsync)
            .AddEndpointFilter(CountSubmission)
            .WithName("CreateDialConnect")
            .WithSummary("Dial a first number, then connect it to a second")
            .WithDescription("Stores the request as scheduled (due after delay minutes) or, with test: true, as test without dialling.")
            .Accepts<DialConnectSubmission>("application/json")
            .WithJsonExamples(
                // Test first: trying the default example against a real platform dials no one. The numbers are fictional (555-01xx).
                ("test", "Validate and store a test request: nothing is dialled", """{"phone_number": "12025550143", "dest_phone_number": "12025550178", "test": true}"""),
                ("call_back_tomorrow", "Call back in 24 hours (scheduled: it can be cancelled)",
                    """{"phone_number": "12025550143", "dest_phone_number": "12025550178", "caller_id": "12025550100", "delay": 1440, "memo": "call back about order 42"}"""),
                ("call_now", "Dial now", """{"phone_number": "12025550143", "dest_phone_number": "12025550178"}"""))
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/{requestId}", GetAsync)
            .WithName("GetDialConnect")
            .WithSummary("Read a click-to-call request: its status and the time of each step")
            .WithParameterDocs("requestId", RequestIdDocs);
        group.MapGet("/", ListAsync)
            .WithName("ListDialConnect")
            .WithSummary("List click-to-call requests, most recently changed first")
            .WithParameterDocs("status", "Keeps the requests with this status.", allowed: [.. DialConnectStatusNames.All])
            .WithParameterDocs("since", "ISO 8601: keeps the requests changed (updated_at) at or after it, which suits polling.", example: "2026-11-20T09:30:00Z")
            .WithParameterDocs("limit", $"How many requests, 1 to {MaxLimit} (default {DefaultLimit}).");
        group.MapDelete("/{requestId}", CancelAsync)
            .WithName("CancelDialConnect")
            .WithSummary("Cancel a click-to-call request that is still scheduled")
            .WithDescription("Answers 409 once dialling has begun.")
            .WithParameterDocs("requestId", RequestIdDocs);
        return group;
    }

    private const string RequestIdDocs = "The request_id that POST /api/dial-connect answered.";

    private static async ValueTask<object?> RefuseWhenDisabled(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.RequestServices.GetRequiredService<IOptions<DialConnectOptions>>().Value.Enabled
            ? await next(context)
            : TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Click-to-call is not enabled",
                detail: $"Set {DialConnectOptions.SectionName}:Enabled to true, with the {PlatformOptions.SectionName} settings of the outbound service "
                    + $"(or {PlatformOptions.SectionName}:Mode local to try it without a platform).");

    // Counts every submission that reached the endpoint by the status it was answered (callflow.dial_connect.requests).
    private static async ValueTask<object?> CountSubmission(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if ((result as INestedHttpResult)?.Result is IStatusCodeHttpResult { StatusCode: { } statusCode })
        {
            CallFlowTelemetry.RecordDialConnectRequest(statusCode);
        }

        return result;
    }

    private static async Task<Results<Created<DialConnectRequest>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest http, DialConnectStore store, IValidator<DialConnectSubmission> validator, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!http.HasJsonContentType())
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the request as JSON",
                detail: "The body must be a JSON object with Content-Type: application/json.");
        }

        var body = await BoundedBody.ReadAsync(http, DialConnectSubmissionReader.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large",
                detail: $"A click-to-call request may be at most {DialConnectSubmissionReader.MaxBodyBytes} bytes.");
        }

        var (submission, problems) = DialConnectSubmissionReader.Read(body);

        if (submission is null)
        {
            return TypedResults.ValidationProblem(problems!);
        }

        var validation = await validator.ValidateAsync(submission, cancellationToken);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.ToDictionary());
        }

        // Times are kept to the microsecond, as stored: the answer matches what a later GET reads.
        var request = NewRequest(submission, UnixMicroseconds.ToInstant(UnixMicroseconds.From(time.GetUtcNow())));
        await store.InsertAsync(request, cancellationToken);
        return TypedResults.Created($"/api/dial-connect/{request.RequestId}", request);
    }

    private static async Task<Results<Ok<DialConnectRequest>, ProblemHttpResult>> GetAsync(string requestId, DialConnectStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(requestId, cancellationToken) is { } request ? TypedResults.Ok(request) : NotFound(requestId);

    private static async Task<Results<Ok<DialConnectList>, ValidationProblem>> ListAsync(
        string? status, string? since, string? limit, DialConnectStore store, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string[]>();
        DialConnectStatus? wanted = null;
        if (status is not null)
        {
            if (DialConnectStatusNames.TryParse(status, out var parsed))
            {
                wanted = parsed;
            }
            else
            {
                problems["status"] = [$"\"{status}\" is not a status; use one of {string.Join(", ", DialConnectStatusNames.All)}"];
            }
        }

        DateTimeOffset? changedSince = null;
        if (since is not null)
        {
            if (DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                changedSince = parsed;
            }
            else
            {
                problems["since"] = [$"\"{since}\" is not a date and time; use ISO 8601, e.g. 2026-11-20T09:30:00Z"];
            }
        }

        var count = DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxLimit))
        {
            problems["limit"] = [$"must be a whole number from 1 to {MaxLimit}, not \"{limit}\""];
        }

        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }

        return TypedResults.Ok(new DialConnectList(await store.ListAsync(wanted, changedSince, count, cancellationToken)));
    }

    private static async Task<Results<Ok<DialConnectRequest>, ProblemHttpResult>> CancelAsync(string requestId, DialConnectStore store, CancellationToken cancellationToken)
    {
        var (request, cancelled) = await store.CancelAsync(requestId, cancellationToken);
        if (request is null)
        {
            return NotFound(requestId);
        }

        return cancelled
            ? TypedResults.Ok(request)
            : TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Only a scheduled request can be cancelled",
                detail: $"Request {requestId} is {DialConnectStatusNames.Of(request.Status)}: dialling has begun or the request is over.");
    }

    private static DialConnectRequest NewRequest(DialConnectSubmission submission, DateTimeOffset now) => new()
    {
        RequestId = Guid.NewGuid().ToString("N"),
        Status = submission.Test == true ? DialConnectStatus.Test : DialConnectStatus.Scheduled,
        PhoneNumber = submission.PhoneNumber!,
        DestPhoneNumber = submission.DestPhoneNumber!,
        CallerId = submission.CallerId,
        MaxCallDuration = submission.MaxCallDuration,
        Delay = submission.Delay ?? 0,
        Memo = submission.Memo,
        BillingCode = submission.BillingCode,
        CreatedAt = now,
        DueAt = now.AddMinutes(submission.Delay ?? 0),
        UpdatedAt = now,
    };

    private static ProblemHttpResult NotFound(string requestId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such click-to-call request", detail: $"There is no request {requestId}.");
}

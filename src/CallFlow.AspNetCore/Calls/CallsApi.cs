using CallFlow.Actions.Recordings;
using CallFlow.Actions.Serialization;
using CallFlow.AspNetCore.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CallFlow.AspNetCore.Calls;

/// <summary>The call history API: list calls, inspect one, download one as a recording.</summary>
public static class CallsApi
{
    /// <summary>Maps <c>/api/calls</c> (behind the admin API key when one is configured).</summary>
    public static RouteGroupBuilder MapCalls(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/calls").WithTags("Calls").RequireAdminApiKey();
        group.MapGet("/", ListCallsAsync)
            .WithName("ListCalls")
            .WithSummary("Lists calls, newest first")
            .WithDescription("Filters: app (exact name), number (the start of the from or to number), outcome (problem, no_problem, unfinished), since and until (ISO 8601: calls last seen from, and before, then), limit (1-500, default 50). Pass next_cursor back as cursor for the next page.");
        group.MapGet("/{call_id}", GetCallAsync)
            .WithName("GetCall")
            .WithSummary("A call and its page exchanges in order")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{call_id}/recording", GetRecordingAsync)
            .WithName("GetCallRecording")
            .WithSummary("A call as a recording, to replay as a regression test (callflow replay)")
            .Produces<Recording>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Results<Ok<CallListResponse>, ValidationProblem>> ListCallsAsync(
        [AsParameters] CallListArguments arguments, ICallHistory history, CancellationToken cancellationToken)
    {
        var query = CallListParameters.Read(arguments, out var errors);
        if (query is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The call list query is not valid.");
        }

        var page = await history.ListCallsAsync(query, cancellationToken);
        return TypedResults.Ok(new CallListResponse(page.Calls, page.Next?.Encode()));
    }

    private static async Task<Results<Ok<CallDetailsResponse>, ProblemHttpResult>> GetCallAsync(
        [FromRoute(Name = "call_id")] string callId, ICallHistory history, CancellationToken cancellationToken)
    {
        var call = await history.FindCallAsync(callId, cancellationToken);
        return call is null
            ? UnknownCall(callId)
            : TypedResults.Ok(new CallDetailsResponse(call.Call, call.Exchanges.Select(ExchangeResponse.From).ToList()));
    }

    private static async Task<Results<JsonHttpResult<Recording>, ProblemHttpResult>> GetRecordingAsync(
        [FromRoute(Name = "call_id")] string callId, ICallHistory history, CancellationToken cancellationToken)
    {
        var call = await history.FindCallAsync(callId, cancellationToken);
        // The wire model's own options write the recording exactly as replay and the CLI read it.
        return call is null ? UnknownCall(callId) : TypedResults.Json(CallRecordings.From(call), CallFlowJson.Indented);
    }

    /// <summary>The 404 problem for a call the history does not hold.</summary>
    internal static ProblemHttpResult UnknownCall(string callId) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "No such call.",
            detail: $"The call history has no call '{callId}' (it may be older than CallFlow:Storage:RetentionDays).");
}

using CallFlow.Actions.Recordings;
using CallFlow.Actions.Serialization;
using CallFlow.AspNetCore.OpenApi;
using CallFlow.AspNetCore.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CallFlow.AspNetCore.Calls;

/// <summary>The call history API: list calls, inspect one, download one as a recording.</summary>
public static class CallsApi
{
    /// <summary>Where the call history API is served.</summary>
    public const string Path = "/api/calls";

    /// <summary>Maps <c>/api/calls</c> (behind the admin API key when one is configured).</summary>
    public static RouteGroupBuilder MapCalls(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Path).WithTags("Calls").RequireAdminApiKey();
        group.MapGet("/", ListCallsAsync)
            .WithName("ListCalls")
            .WithSummary("Lists calls, newest first")
            .WithDescription("Pass next_cursor back as cursor for the next page.")
            .WithParameterDocs("app", "Keeps the calls of this app (its exact name).")
            .WithParameterDocs("number", "Keeps the calls whose from or to number starts with this, taken literally.", example: "4419")
            .WithParameterDocs("outcome", "Keeps the calls with a page answered by the fallback or refused (problem), those without (no_problem), or those with no final page yet (unfinished).", allowed: CallListParameters.OutcomeNames)
            .WithParameterDocs("since", "ISO 8601: keeps the calls last seen at or after then.", example: "2026-11-20T09:30:00Z")
            .WithParameterDocs("until", "ISO 8601: keeps the calls last seen before then.", example: "2026-11-21T00:00:00Z")
            .WithParameterDocs("limit", $"How many calls, 1 to {CallQuery.MaxLimit} (default {CallQuery.DefaultLimit}).")
            .WithParameterDocs("cursor", "The next_cursor of the previous page.");
        group.MapGet("/{call_id}", GetCallAsync)
            .WithName("GetCall")
            .WithSummary("A call and its page exchanges in order")
            .WithParameterDocs("call_id", CallIdDocs, PageExample.CallId)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{call_id}/recording", GetRecordingAsync)
            .WithName("GetCallRecording")
            .WithSummary("A call as a recording, to replay as a regression test (callflow replay)")
            .WithParameterDocs("call_id", CallIdDocs, PageExample.CallId)
            .Produces<Recording>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    // The example is the call of the page examples: trying a page in Swagger UI first records it.
    private const string CallIdDocs = "The call's this_call.call_id. The example is the call every page example belongs to: try a page first.";

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

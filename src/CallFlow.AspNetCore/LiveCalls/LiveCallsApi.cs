using System.Text.Json;
using CallFlow.AspNetCore.Http;
using CallFlow.AspNetCore.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CallFlow.AspNetCore.LiveCalls;

/// <summary>
/// Live-call control: <c>POST /api/calls/{application_instance_id}/interrupt</c> sends the platform's
/// <c>rest_interrupt</c> for one running instance, optionally redirecting it to a page of its app, and keeps the
/// interrupt and its result in the call's history.
/// </summary>
public static class LiveCallsApi
{
    /// <summary>Maps the interrupt route under <c>/api/calls</c> (behind the admin API key when one is configured).</summary>
    public static RouteGroupBuilder MapLiveCalls(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/calls").WithTags("Live calls").RequireAdminApiKey();
        group.MapPost("/{application_instance_id}/interrupt", InterruptAsync)
            .WithName("InterruptCall")
            .WithSummary("Interrupts a live call's current action, optionally redirecting it to a page of its app")
            .WithDescription("Body (optional): {\"redirect_page\": {\"url\": \"goodbye\", \"method\": \"POST\"}}. A relative url is a page of the app the call is in. "
                + "Without redirect_page the platform requests the call's final page. Answers the platform's result for the instance.")
            .Accepts<JsonElement>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    private static async Task<Results<Ok<InterruptResponse>, ValidationProblem, ProblemHttpResult>> InterruptAsync(
        [FromRoute(Name = "application_instance_id")] string applicationInstanceId, HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await BoundedBody.ReadAsync(request, LiveCallInterrupt.MaxBodyBytes, cancellationToken);
        return body is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Interrupt body too large", detail: $"The body may be at most {LiveCallInterrupt.MaxBodyBytes} bytes.")
            : await LiveCallInterrupt.SendAsync(request, applicationInstanceId, body, cancellationToken);
    }
}

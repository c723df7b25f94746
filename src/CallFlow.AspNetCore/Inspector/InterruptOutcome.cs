using CallFlow.AspNetCore.LiveCalls;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CallFlow.AspNetCore.Inspector;

/// <summary>What came of an interrupt sent from a call's page, as the page shows it.</summary>
/// <param name="Interrupted">Whether the platform interrupted the call.</param>
/// <param name="Summary">One sentence: the platform's result, or why nothing was interrupted.</param>
/// <param name="Details">The problems behind the summary, one a line (the platform's error code among them).</param>
/// <param name="StatusCode">The HTTP status the call's page answers with.</param>
public sealed record InterruptOutcome(bool Interrupted, string Summary, IReadOnlyList<string> Details, int StatusCode)
{
    /// <summary>The outcome of what <c>POST /api/calls/{application_instance_id}/interrupt</c> would have answered.</summary>
    internal static InterruptOutcome Of(IResult answer) => answer switch
    {
        Ok<InterruptResponse> { Value: { } result } => new(
            result.Interrupted,
            $"The platform answered \"{result.Result}\" for application instance {result.ApplicationInstanceId}.",
            result.Interrupted
                ? [result.RedirectPage is null ? "The platform requests the call's final page next." : $"The platform requests {result.RedirectPage} next.",
                    .. result.InterruptedAction is null ? Array.Empty<string>() : [$"Interrupted action: {result.InterruptedAction}."]]
                : [],
            StatusCodes.Status200OK),
        ValidationProblem { ProblemDetails: var problem } => new(
            false, problem.Title ?? "The interrupt is not valid.",
            problem.Errors.SelectMany(error => error.Value.Select(message => $"{error.Key}: {message}")).ToList(),
            StatusCodes.Status400BadRequest),
        ProblemHttpResult { ProblemDetails: var problem } => new(
            false, problem.Title ?? "The call was not interrupted.",
            [.. problem.Detail is null ? Array.Empty<string>() : [problem.Detail],
                .. problem.Extensions.TryGetValue("error_code", out var code) && code is string errorCode ? [$"Platform error code: {errorCode}."] : Array.Empty<string>()],
            problem.Status ?? StatusCodes.Status502BadGateway),
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer.GetType().Name, "not an answer of the interrupt"),
    };

    /// <summary>The outcome of an interrupt asked for a call that has ended.</summary>
    internal static InterruptOutcome Ended { get; } = new(
        false, "The call has ended: the platform has sent its final page, so there is nothing to interrupt.", [], StatusCodes.Status409Conflict);
}

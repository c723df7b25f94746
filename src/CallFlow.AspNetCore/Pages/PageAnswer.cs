using CallFlow.Actions.Responses;

namespace CallFlow.AspNetCore.Pages;

/// <summary>The response a page sends, and why it is not the app's own when it is a fallback.</summary>
/// <param name="Response">The validated response.</param>
/// <param name="Failure">Why the fallback answered (an exception, a timeout, an invalid response), or null.</param>
/// <param name="Prevalidated">
/// Whether the response is a shared instance its app validated when it was loaded (<see cref="Apps.IPrevalidatedAnswers"/>):
/// it never changes, so its JSON is written once and kept.
/// </param>
/// <param name="Reason">The kind of <paramref name="Failure"/>, for metrics; null when the app answered.</param>
public sealed record PageAnswer(ActionsResponse Response, string? Failure, bool Prevalidated = false, FallbackReason? Reason = null);

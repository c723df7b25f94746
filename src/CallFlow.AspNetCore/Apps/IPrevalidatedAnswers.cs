using CallFlow.Actions.Responses;

namespace CallFlow.AspNetCore.Apps;

/// <summary>
/// An app that can vouch for some of its answers: shared, read-only response instances it validated with
/// <see cref="CallFlow.Actions.Validation.ActionsResponseValidator"/> when it was loaded (a declarative app's rules
/// without placeholders, and its fallback). The page server sends such an answer without validating it again and
/// serializes it once, not on every request (docs/performance.md).
/// </summary>
public interface IPrevalidatedAnswers
{
    /// <summary>Whether <paramref name="response"/> is one of the app's own validated, never-changing instances.</summary>
    bool IsPrevalidated(ActionsResponse response);
}

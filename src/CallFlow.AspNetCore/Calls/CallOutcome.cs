namespace CallFlow.AspNetCore.Calls;

/// <summary>How a call went, as the call list filters by it.</summary>
public enum CallOutcome
{
    /// <summary>At least one page was answered by the fallback, rejected or failed (<see cref="CallSummary.HasProblem"/>).</summary>
    Problem,

    /// <summary>Every page got the app's own answer.</summary>
    NoProblem,

    /// <summary>No final page has arrived: the call is still going on, or the platform never sent it.</summary>
    Unfinished,
}

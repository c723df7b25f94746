namespace CallFlow.AspNetCore.Calls;

/// <summary>One page of the call list.</summary>
/// <param name="Calls">The calls, newest first.</param>
/// <param name="Next">Where the next page starts, or null when this is the last page.</param>
public sealed record CallPage(IReadOnlyList<CallSummary> Calls, CallCursor? Next);

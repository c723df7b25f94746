namespace CallFlow.AspNetCore.Calls;

/// <summary>One call and all its exchanges.</summary>
/// <param name="Call">The call's summary.</param>
/// <param name="Exchanges">Its page exchanges in the order they were received.</param>
public sealed record CallHistory(CallSummary Call, IReadOnlyList<PageExchange> Exchanges);

namespace CallFlow.Actions.Recordings;

/// <summary>How one replayed exchange went.</summary>
/// <param name="Index">The exchange's position in the recording, from 0.</param>
/// <param name="Page">The page requested.</param>
/// <param name="ExpectedStatus">The status the recording expects.</param>
/// <param name="ActualStatus">The status answered.</param>
/// <param name="Differences">Where the answer differs from the recorded one; empty when it matches.</param>
public sealed record ExchangeOutcome(int Index, string Page, int ExpectedStatus, int ActualStatus, IReadOnlyList<JsonDifference> Differences)
{
    /// <summary>Whether status and body matched.</summary>
    public bool Passed => ExpectedStatus == ActualStatus && Differences.Count == 0;
}

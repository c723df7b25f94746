using CallFlow.Actions.Recordings;

namespace CallFlow.Cli.Replay;

/// <summary>How one recorded exchange went when replayed.</summary>
/// <param name="Index">The exchange's position in the recording, from 0.</param>
/// <param name="Exchange">The recorded exchange.</param>
/// <param name="Status">The status answered now, or null when the page did not answer in time.</param>
/// <param name="Differences">What differs from the recording, by path (<c>status</c> for the HTTP status); empty when nothing does.</param>
public sealed record ExchangeOutcome(int Index, RecordedExchange Exchange, int? Status, IReadOnlyList<JsonDifference> Differences)
{
    /// <summary>Whether the answer matched the recording.</summary>
    public bool Matches => Differences.Count == 0;
}

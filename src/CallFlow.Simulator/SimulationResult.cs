using CallFlow.Actions.Recordings;

namespace CallFlow.Simulator;

/// <summary>What happened on a simulated call.</summary>
public sealed class SimulationResult
{
    /// <summary>Every page exchange, in the recording format: save it and replay it.</summary>
    public required Recording Recording { get; init; }

    /// <summary>The readable transcript, one line per event.</summary>
    public required IReadOnlyList<string> Transcript { get; init; }

    /// <summary>What the people on the call heard, in order: each text to say, <c>[file NAME]</c> and <c>[tones DIGITS]</c>.</summary>
    public required IReadOnlyList<string> Heard { get; init; }

    /// <summary>
    /// What went wrong: answers that broke the protocol (and sent the platform to the error page), the page limit,
    /// final pages that failed, and scenario answers that did not fit the actions. Empty for a clean call.
    /// </summary>
    public required IReadOnlyList<string> Problems { get; init; }

    /// <summary>The <c>call_cause</c> the final page reported: <c>completed</c>, <c>hung_up</c> or <c>failed</c>.</summary>
    public required string CallCause { get; init; }

    /// <summary>How many actions ran, on every leg of the call.</summary>
    public required int Steps { get; init; }

    /// <summary>Whether the call ran without problems.</summary>
    public bool Succeeded => Problems.Count == 0;
}

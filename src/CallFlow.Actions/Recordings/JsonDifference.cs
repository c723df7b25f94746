namespace CallFlow.Actions.Recordings;

/// <summary>One difference between two JSON trees: where, and what each side holds there (JSON text, or null when absent).</summary>
/// <param name="Path">The JSON path of the difference, e.g. <c>$.actions[1].connect.destinations[0]</c>.</param>
/// <param name="Expected">The expected value's JSON text, or null when the expected side has nothing there.</param>
/// <param name="Actual">The actual value's JSON text, or null when the actual side has nothing there.</param>
public sealed record JsonDifference(string Path, string? Expected, string? Actual)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: expected {Expected ?? "(absent)"}, got {Actual ?? "(absent)"}";
}

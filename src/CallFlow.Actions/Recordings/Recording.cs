namespace CallFlow.Actions.Recordings;

/// <summary>
/// A recorded call: the app it ran against and its page exchanges in order. The same format is written by the
/// call history (<c>/api/calls/{id}/recording</c>) and the CLI's <c>simulate --json</c>, and replayed by the
/// integration tests and <c>callflow replay</c>.
/// </summary>
public sealed class Recording : WireObject
{
    /// <summary><c>app</c>: the app name, as in <c>/apps/{app}/...</c>.</summary>
    public string App { get; set; } = "";

    /// <summary><c>description</c>: what this recording shows, for people.</summary>
    public string? Description { get; set; }

    /// <summary><c>exchanges</c>: the page requests and the answers expected, in order.</summary>
    public List<RecordedExchange> Exchanges { get; set; } = [];
}

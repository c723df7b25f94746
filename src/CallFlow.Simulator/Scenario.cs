namespace CallFlow.Simulator;

/// <summary>
/// How the people on a simulated call behave: who answers each connect, the keys pressed for each get_number and
/// run_menu, how each record goes, and when the caller hangs up. Answers are used in the order the actions that need
/// them run; when a list runs out the defaults apply (first destination answers and stays 30 s, no keys, a 5 s message).
/// The JSON format is documented in docs/cli.md; read it with <see cref="ScenarioReader"/>.
/// </summary>
public sealed class Scenario
{
    /// <summary><c>connects</c>: the outcome of each connect and connect_to_conference, in order.</summary>
    public List<ConnectAnswer> Connects { get; set; } = [];

    /// <summary><c>digits</c>: the keys pressed for each get_number and run_menu, in order (one string per action).</summary>
    public List<string> Digits { get; set; } = [];

    /// <summary><c>recordings</c>: the outcome of each record, in order.</summary>
    public List<RecordAnswer> Recordings { get; set; } = [];

    /// <summary><c>caller_hangs_up_at_step</c>: the caller hangs up during the action numbered so in the transcript.</summary>
    public int? CallerHangsUpAtStep { get; set; }
}

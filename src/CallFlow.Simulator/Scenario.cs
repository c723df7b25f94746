namespace CallFlow.Simulator;

/// <summary>
/// How the people on a simulated call behave: who answers each connect, the keys pressed for each get_number, run_menu
/// and get_input, what the caller says to each get_input, run_speech_menu and transcription, how each record goes, how
/// many pages each fax has, and when the caller hangs up. Answers are used in the order the actions that need them
/// run; when a list runs out the defaults apply (first destination answers and stays 30 s, no keys, silence, a 5 s
/// message).
/// The JSON format is documented in docs/cli.md; read it with <see cref="ScenarioReader"/>.
/// </summary>
public sealed class Scenario
{
    /// <summary><c>connects</c>: the outcome of each connect and connect_to_conference, in order.</summary>
    public List<ConnectAnswer> Connects { get; set; } = [];

    /// <summary><c>digits</c>: the keys pressed for each get_number and run_menu, in order (one string per action).</summary>
    public List<string> Digits { get; set; } = [];

    /// <summary>
    /// <c>speech</c>: what the caller says, in order: one entry for each get_input (which takes speech before keys),
    /// run_speech_menu and start_transcription. An empty string is silence.
    /// </summary>
    public List<string> Speech { get; set; } = [];

    /// <summary><c>fax_pages</c>: how many pages each fax sent or received has.</summary>
    public int FaxPages { get; set; } = 1;

    /// <summary><c>recordings</c>: the outcome of each record, in order.</summary>
    public List<RecordAnswer> Recordings { get; set; } = [];

    /// <summary><c>caller_hangs_up_at_step</c>: the caller hangs up during the action numbered so in the transcript.</summary>
    public int? CallerHangsUpAtStep { get; set; }
}

namespace CallFlow.Actions.Recordings;

/// <summary>Which call and instance ids a <see cref="RecordingReplayer"/> sends.</summary>
public enum ReplayCallIds
{
    /// <summary>
    /// Each replay is a new call: every recorded <c>application_instance_id</c> and <c>call_id</c> is sent with a suffix
    /// of its own (the same one on every page of that replay), so the server keeps the replay apart from the call it
    /// was recorded from. Answers are compared with the recorded ids put back.
    /// </summary>
    Fresh,

    /// <summary>The ids are sent as recorded: the server takes the replay for more pages of the recorded call.</summary>
    AsRecorded,
}

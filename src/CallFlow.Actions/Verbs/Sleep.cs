namespace CallFlow.Actions.Verbs;

/// <summary><c>sleep</c>: waits in silence before the next action. Has no action result.</summary>
public sealed class Sleep : TelephonyAction
{
    /// <summary>Creates an action with no duration yet (required before sending).</summary>
    public Sleep()
    {
    }

    /// <summary>Creates an action that waits <paramref name="seconds"/> seconds.</summary>
    public Sleep(int seconds) => Seconds = seconds;

    /// <summary><c>seconds</c> (required): how long to wait, in seconds.</summary>
    public int? Seconds { get; set; }
}

namespace CallFlow.Simulator;

/// <summary>How one record goes in a <see cref="Scenario"/>.</summary>
public sealed class RecordAnswer
{
    /// <summary><c>seconds</c>: how long the caller speaks (default 5).</summary>
    public double Seconds { get; set; } = 5;

    /// <summary><c>contains_sound</c>: whether anything but silence is recorded (default true).</summary>
    public bool ContainsSound { get; set; } = true;

    /// <summary><c>filename</c>: the recording's file name; by default one is made from the application instance id.</summary>
    public string? Filename { get; set; }
}

namespace CallFlow.Simulator;

/// <summary>How one connect or connect_to_conference goes in a <see cref="Scenario"/>.</summary>
public sealed class ConnectAnswer
{
    /// <summary>The outcome when a destination answers.</summary>
    public const string Answered = "answered";

    /// <summary>The outcome when nobody answers before the answer timeout.</summary>
    public const string NoAnswer = "no_answer";

    /// <summary>The outcome when every destination is busy.</summary>
    public const string Busy = "busy";

    /// <summary><c>outcome</c>: <c>answered</c> (default), <c>no_answer</c> or <c>busy</c>.</summary>
    public string Outcome { get; set; } = Answered;

    /// <summary><c>destination</c>: which destination answers, counting from 1 in the connect's list (default 1).</summary>
    public int Destination { get; set; } = 1;

    /// <summary><c>seconds_connected</c>: how long the calls stay connected before the far end hangs up (default 30).</summary>
    public double SecondsConnected { get; set; } = 30;
}

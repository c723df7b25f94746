namespace CallFlow.AspNetCore.DialConnect;

/// <summary>Click-to-call settings (<c>CallFlow:DialConnect</c>); the platform it dials through is <c>CallFlow:Platform</c>.</summary>
public sealed class DialConnectOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "CallFlow:DialConnect";

    /// <summary>
    /// <c>CallFlow:DialConnect:Enabled</c>: serve the API and run the dispatcher; requires the <c>CallFlow:Platform</c>
    /// settings, or <c>CallFlow:Platform:Mode</c> <c>local</c>.
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary><c>CallFlow:DialConnect:PollInterval</c>: how often the dispatcher looks for due and overdue requests.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary><c>CallFlow:DialConnect:BatchSize</c>: the most calls one <c>service_start</c> carries.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary><c>CallFlow:DialConnect:StatusCheckAfter</c>: how long a dialled request waits for its first page before <c>application_status</c> is asked (and then again at this interval).</summary>
    public TimeSpan StatusCheckAfter { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary><c>CallFlow:DialConnect:DialingTimeout</c>: how long a dialled request may wait for its first page before it fails.</summary>
    public TimeSpan DialingTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// <c>CallFlow:DialConnect:FinalPageGrace</c>: how long past the call's maximum duration (its <c>max_call_duration</c>,
    /// or the platform's 240 minutes) an answered call may go without a final page before it fails.
    /// </summary>
    public TimeSpan FinalPageGrace { get; set; } = TimeSpan.FromMinutes(10);
}

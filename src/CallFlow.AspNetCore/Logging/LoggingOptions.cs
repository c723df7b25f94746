namespace CallFlow.AspNetCore.Logging;

/// <summary>How CallFlow sets up logging (<c>CallFlow:Logging</c>); levels and extra sinks come from the <c>Serilog</c> section.</summary>
public sealed class LoggingOptions
{
    /// <summary>The configuration section the options are read from.</summary>
    public const string SectionName = "CallFlow:Logging";

    /// <summary>Whether CallFlow sets up Serilog and its request line; off for an app that brings its own logging.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Console lines as JSON (Serilog's compact JSON, one object per line) instead of plain text, for log shippers.</summary>
    public bool Json { get; init; }

    /// <summary>Whether the console is written by a background worker (Serilog.Sinks.Async) instead of the request's thread.</summary>
    public bool Async { get; init; } = true;

    /// <summary>The options in <paramref name="configuration"/>; a value that is not a boolean fails with its key named.</summary>
    public static LoggingOptions From(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<LoggingOptions>() ?? new LoggingOptions();
}

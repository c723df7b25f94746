using Serilog;

namespace CallFlow.AspNetCore.Logging;

/// <summary>Serilog, configured from the <c>Serilog</c> section of the configuration, plus the per-request log line.</summary>
public static class LoggingExtensions
{
    /// <summary>
    /// Replaces the default logging providers with Serilog read from configuration, and batches the console output
    /// (see <see cref="BatchedConsoleWriter"/>) so that the log line of every page costs no system call of its own.
    /// </summary>
    public static WebApplicationBuilder AddCallFlowLogging(this WebApplicationBuilder builder)
    {
        BatchedConsoleWriter.Install();
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        return builder;
    }

    /// <summary>Logs one line per request (see <see cref="RequestLoggingMiddleware"/>).</summary>
    public static IApplicationBuilder UseCallFlowRequestLogging(this IApplicationBuilder app) => app.UseMiddleware<RequestLoggingMiddleware>();
}

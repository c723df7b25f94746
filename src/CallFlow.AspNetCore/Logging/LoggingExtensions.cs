using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog;

namespace CallFlow.AspNetCore.Logging;

/// <summary>Serilog the Serilog.AspNetCore way, configured from the <c>Serilog</c> section, plus the per-request log line.</summary>
public static class LoggingExtensions
{
    /// <summary>
    /// With <c>CallFlow:Logging:Enabled</c> (the default), makes Serilog the app's logging: levels, enrichers and extra
    /// sinks from the <c>Serilog</c> section, sinks and enrichers registered as services, and the console in plain
    /// text or, with <c>CallFlow:Logging:Json</c>, JSON lines (written off the request's thread unless
    /// <c>CallFlow:Logging:Async</c> is false; never dropped). The default logging providers are removed so that nothing is written
    /// twice; providers added afterwards (OpenTelemetry's, a test's) still receive every event.
    /// </summary>
    public static IServiceCollection AddCallFlowLogging(this IServiceCollection services, IConfiguration configuration)
    {
        var options = LoggingOptions.From(configuration);
        if (!options.Enabled)
        {
            return services;
        }

        var format = new LogFormat(options.Json);
        services.AddSingleton(format);
        services.RemoveAll<ILoggerProvider>();
        services.AddSerilog(
            (provider, logger) =>
            {
                logger.ReadFrom.Configuration(configuration).ReadFrom.Services(provider).Enrich.FromLogContext().Enrich.With<SecretHeaderScrubber>();
                if (options.Async)
                {
                    logger.WriteTo.Async(console => console.Console(format.Formatter), blockWhenFull: true);
                }
                else
                {
                    logger.WriteTo.Console(format.Formatter);
                }
            },
            // The host's own logger, not the static Log.Logger: several hosts in one process (tests) each keep their lines.
            preserveStaticLogger: true,
            writeToProviders: true);
        return services;
    }

    /// <summary>
    /// Logs one line per request with Serilog's request logging (see <see cref="PageRequestLine"/>), when
    /// <see cref="AddCallFlowLogging"/> set Serilog up; never sampled or dropped.
    /// </summary>
    public static IApplicationBuilder UseCallFlowRequestLogging(this IApplicationBuilder app)
    {
        var configuration = app.ApplicationServices.GetRequiredService<IConfiguration>();
        if (!LoggingOptions.From(configuration).Enabled)
        {
            return app;
        }

        var logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
        return app.UseSerilogRequestLogging(options => PageRequestLine.Configure(options, logger));
    }
}

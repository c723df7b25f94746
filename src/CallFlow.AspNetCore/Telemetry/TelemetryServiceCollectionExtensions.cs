using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CallFlow.AspNetCore.Telemetry;

/// <summary>Registers OpenTelemetry metrics and traces for CallFlow, as <see cref="TelemetryOptions"/> say.</summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <c>CallFlow</c> meter with the ASP.NET Core and runtime meters and the Prometheus exporter (served by
    /// <see cref="MetricsApi.MapCallFlowMetrics"/>), and traces from ASP.NET Core, CallFlow and Npgsql; with
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set, all of them (and the logs) are also exported over OTLP, configured by
    /// the standard <c>OTEL_*</c> settings.
    /// </summary>
    public static IServiceCollection AddCallFlowTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = TelemetryOptions.From(configuration);
        var telemetry = services.AddOpenTelemetry();
        if (options.Metrics)
        {
            telemetry.WithMetrics(metrics => metrics
                .AddMeter(CallFlowTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddMeter("System.Runtime")
                .AddPrometheusExporter());
        }

        if (options.Traces)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(CallFlowTelemetry.Name)
                // A scrape every few seconds is not worth a span.
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = http => !http.Request.Path.StartsWithSegments(MetricsApi.Path))
                .AddNpgsql());
        }

        if (!string.IsNullOrWhiteSpace(configuration[TelemetryOptions.OtlpEndpointKey]))
        {
            telemetry.UseOtlpExporter();
        }

        return services;
    }
}

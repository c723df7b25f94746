using CallFlow.AspNetCore.Security;

namespace CallFlow.AspNetCore.Telemetry;

/// <summary>The Prometheus scrape endpoint, <c>/metrics</c>.</summary>
public static class MetricsApi
{
    /// <summary>Where the metrics are served.</summary>
    public const string Path = "/metrics";

    /// <summary>
    /// Serves the metrics in Prometheus' text format at <c>/metrics</c> when <c>CallFlow:Telemetry:Metrics</c> is on,
    /// behind the admin API key (<see cref="AdminApiKeyFilter"/>) when one is set. Needs <see cref="TelemetryServiceCollectionExtensions.AddCallFlowTelemetry"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapCallFlowMetrics(this IEndpointRouteBuilder routes)
    {
        if (!TelemetryOptions.From(routes.ServiceProvider.GetRequiredService<IConfiguration>()).Metrics)
        {
            return routes;
        }

        var adminKey = ActivatorUtilities.CreateInstance<AdminApiKeyFilter>(routes.ServiceProvider);
        routes.MapPrometheusScrapingEndpoint(Path, meterProvider: null, configureBranchedPipeline: scrape => scrape.Use(async (http, next) =>
        {
            if (adminKey.Refusal(http) is { } refusal)
            {
                await refusal.ExecuteAsync(http);
                return;
            }

            await next(http);
        }), optionsName: null);
        return routes;
    }
}

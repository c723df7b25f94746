namespace CallFlow.AspNetCore.Telemetry;

/// <summary>Which OpenTelemetry signals CallFlow turns on (<c>CallFlow:Telemetry</c>); the OTLP exporter follows <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.</summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section the options are read from.</summary>
    public const string SectionName = "CallFlow:Telemetry";

    /// <summary>The standard setting that switches the OTLP exporter on, with the collector's address.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The <c>CallFlow</c>, ASP.NET Core and runtime meters, scraped at <c>/metrics</c>.</summary>
    public bool Metrics { get; init; } = true;

    /// <summary>A span per request (the page's tagged with app, page and call id), the store commit's and the platform calls'.</summary>
    public bool Traces { get; init; } = true;

    /// <summary>The options in <paramref name="configuration"/>; a value that is not a boolean fails with its key named.</summary>
    public static TelemetryOptions From(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
}

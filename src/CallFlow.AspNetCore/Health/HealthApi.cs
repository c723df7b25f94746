using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CallFlow.AspNetCore.Health;

/// <summary><c>/health</c>: the server's status and each of its checks (the call store among them), as JSON.</summary>
public static class HealthApi
{
    /// <summary>Where the health report is served.</summary>
    public const string Path = "/health";

    /// <summary>Maps <c>/health</c>: 200 when healthy or degraded, 503 when unhealthy.</summary>
    public static IEndpointConventionBuilder MapHealth(this IEndpointRouteBuilder routes) =>
        routes.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteReportAsync })
            .WithTags("Health")
            .WithDisplayName("Health");

    private static Task WriteReportAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("status", report.Status.ToString());
            writer.WriteNumber("total_milliseconds", Math.Round(report.TotalDuration.TotalMilliseconds, 3));
            writer.WriteStartObject("checks");
            foreach (var (name, entry) in report.Entries)
            {
                writer.WriteStartObject(name);
                writer.WriteString("status", entry.Status.ToString());
                if (entry.Description is not null)
                {
                    writer.WriteString("description", entry.Description);
                }

                writer.WriteNumber("milliseconds", Math.Round(entry.Duration.TotalMilliseconds, 3));
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        context.Response.ContentLength = buffer.Length;
        return context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length)).AsTask();
    }
}

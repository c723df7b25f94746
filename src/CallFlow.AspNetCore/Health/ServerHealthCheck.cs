using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CallFlow.AspNetCore.Health;

/// <summary>Reports that the server answers, with how many apps it serves.</summary>
public sealed class ServerHealthCheck(Apps.AppRegistry apps) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(HealthCheckResult.Healthy($"serving {apps.AppNames.Count()} apps: {string.Join(", ", apps.AppNames)}"));
}

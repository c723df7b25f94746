using System.Data.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CallFlow.AspNetCore.Storage;

/// <summary>
/// The <c>database</c> entry of <c>/health</c>: healthy when the database (with its schemas migrated) answers a query
/// within five seconds, unhealthy with the reason otherwise.
/// </summary>
public sealed class StorageHealthCheck(StorageDatabase database) : IHealthCheck
{
    /// <summary>The check's name in the health report.</summary>
    public const string Name = "database";

    /// <summary>How long the database may take to answer.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            await using var connection = await database.OpenConnectionAsync(deadline.Token);
            await using var command = database.CreateCommand(connection, "SELECT 1");
            await command.ExecuteScalarAsync(deadline.Token);
            return HealthCheckResult.Healthy($"{database.ProviderName} answers");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{database.ProviderName} did not answer within {Timeout.TotalSeconds:0} s");
        }
        catch (Exception ex) when (ex is DbException or StorageSchemaTooNewException or InvalidOperationException or IOException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"{database.ProviderName} does not answer: {ex.Message}", ex);
        }
    }
}

using System.Data.Common;
using CallFlow.AspNetCore.Storage;
using Microsoft.Extensions.Options;

namespace CallFlow.AspNetCore.Calls;

/// <summary>Deletes calls older than <c>CallFlow:Storage:RetentionDays</c>: once at startup, then every hour.</summary>
public sealed class CallRetentionService(ICallHistory history, IOptions<StorageOptions> options, TimeProvider time, ILogger<CallRetentionService> logger)
    : BackgroundService
{
    /// <summary>How often the history is pruned.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>Prunes once: the calls last seen more than the retention period before now. Returns how many calls went.</summary>
    public async Task<int> PruneOnceAsync(CancellationToken cancellationToken)
    {
        var days = options.Value.RetentionDays;
        if (days == 0)
        {
            return 0;
        }

        var cutoff = time.GetUtcNow().AddDays(-days);
        try
        {
            var pruned = await history.PruneAsync(cutoff, cancellationToken);
            if (pruned > 0)
            {
                logger.LogInformation("Pruned {Count} calls last seen before {Cutoff:O} (retention {Days} days)", pruned, cutoff, days);
            }

            return pruned;
        }
        catch (DbException ex)
        {
            // The next round tries again; the history only grows a little meanwhile.
            logger.LogError(ex, "Pruning the call history failed; retrying in {Interval}", Interval);
            return 0;
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            await PruneOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

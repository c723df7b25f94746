using Microsoft.Extensions.Options;

namespace CallFlow.Server.Security;

/// <summary>Warns at startup when page routes are open to anyone, so nobody runs that way by accident.</summary>
public sealed partial class PageAuthStartupWarning(IOptions<PageAuthOptions> options, ILogger<PageAuthStartupWarning> logger) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            LogOpen();
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Page routes are open: set CallFlow:PageAuth:Username and CallFlow:PageAuth:Password so only the platform can request pages")]
    private partial void LogOpen();
}

using Microsoft.Extensions.Options;

namespace CallFlow.AspNetCore.Security;

/// <summary>Warns once at startup about every route family left open to anyone, so nobody runs that way by accident.</summary>
public sealed partial class OpenAccessWarning(IOptions<PageAuthOptions> pageAuth, IConfiguration configuration, ILogger<OpenAccessWarning> logger) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!pageAuth.Value.Enabled)
        {
            LogOpenPages();
        }

        if (string.IsNullOrEmpty(configuration[AdminApiKeyFilter.ConfigurationKey]))
        {
            LogOpenAdminApi(AdminApiKeyFilter.ConfigurationKey);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Page routes are open: set CallFlow:PageAuth:Username and CallFlow:PageAuth:Password so only the platform can request pages")]
    private partial void LogOpenPages();

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Key} is not set: the admin API (/api/*) and the call inspector (/inspector) are open to anyone who can reach the server")]
    private partial void LogOpenAdminApi(string key);
}

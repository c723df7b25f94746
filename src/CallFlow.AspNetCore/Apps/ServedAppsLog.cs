namespace CallFlow.AspNetCore.Apps;

/// <summary>Lists the apps served once the host has started, so the first lines of the log say what can be called.</summary>
internal sealed partial class ServedAppsLog(AppRegistry apps, IHostApplicationLifetime lifetime, ILogger<ServedAppsLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // After the start, when every app provider has read its apps.
        lifetime.ApplicationStarted.Register(() => LogServing(apps.AppNames.Count(), string.Join(", ", apps.AppNames)));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving {Count} apps, each at /apps/NAME/first: {Apps}")]
    private partial void LogServing(int count, string apps);
}

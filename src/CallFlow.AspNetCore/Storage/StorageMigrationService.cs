namespace CallFlow.AspNetCore.Storage;

/// <summary>
/// Migrates the database when the host starts, before the server listens: a database that cannot be opened or was
/// written by a newer CallFlow stops the start with its reason, rather than failing the first page request.
/// </summary>
public sealed class StorageMigrationService(StorageDatabase database) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => database.EnsureMigratedAsync(cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using CallFlow.AspNetCore.Storage;

namespace CallFlow.AspNetCore.Calls;

/// <summary>Registers the call history.</summary>
public static class CallStoreExtensions
{
    /// <summary>
    /// Registers <see cref="ICallStore"/> and <see cref="ICallHistory"/> (one <see cref="SqlCallStore"/>) on the configured database (<c>CallFlow:Storage:Provider</c>, SQLite by default),
    /// its tables and their migration, and the background pruning of <c>CallFlow:Storage:RetentionDays</c>.
    /// </summary>
    public static IServiceCollection AddCallStore(this IServiceCollection services)
    {
        services.AddStorageSchema<CallsSchema>();
        services.AddSingleton<SqlCallStore>();
        services.AddSingleton<ICallStore>(sp => sp.GetRequiredService<SqlCallStore>());
        services.AddSingleton<ICallHistory>(sp => sp.GetRequiredService<SqlCallStore>());
        services.AddHostedService<CallRetentionService>();
        return services;
    }
}

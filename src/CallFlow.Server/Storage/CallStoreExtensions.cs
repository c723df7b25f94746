namespace CallFlow.Server.Storage;

/// <summary>Registers the call history.</summary>
public static class CallStoreExtensions
{
    /// <summary>
    /// Registers <see cref="ICallStore"/> and <see cref="ICallHistory"/> (one <see cref="SqlCallStore"/>) on the configured database (<c>CallFlow:Storage:Provider</c>, SQLite by default),
    /// its tables and their migration, and the background pruning of <c>CallFlow:Storage:RetentionDays</c>.
    /// </summary>
    public static TBuilder AddCallStore<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddStorageSchema<CallsSchema>();
        builder.Services.AddSingleton<SqlCallStore>();
        builder.Services.AddSingleton<ICallStore>(sp => sp.GetRequiredService<SqlCallStore>());
        builder.Services.AddSingleton<ICallHistory>(sp => sp.GetRequiredService<SqlCallStore>());
        builder.Services.AddHostedService<CallRetentionService>();
        return builder;
    }
}

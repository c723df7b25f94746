using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CallFlow.AspNetCore.Storage;

/// <summary>Registers the shared database, for the call store and any other feature that stores something.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="StorageDatabase"/> for the configured engine, the validated <see cref="StorageOptions"/>
    /// (<c>CallFlow:Storage</c>), the startup migration and the <c>database</c> health check. Safe to call from several features.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(StorageDatabase)))
        {
            return services;
        }

        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new StorageDatabase(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath,
            sp.GetServices<IStorageSchema>(),
            sp.GetRequiredService<ILogger<StorageDatabase>>()));
        services.AddHostedService<StorageMigrationService>();
        services.AddSingleton(sp => new WriteAheadLogReset(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.SqliteMaxLogMegabytes * WriteAheadLogReset.FramesPerMegabyte));
        services.AddHostedService<SqliteCheckpointService>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>(StorageHealthCheck.Name);
        return services;
    }

    /// <summary>Adds a feature's tables to the database: migrated at startup with the others (see <see cref="IStorageSchema"/>).</summary>
    public static IServiceCollection AddStorageSchema<TSchema>(this IServiceCollection services)
        where TSchema : class, IStorageSchema
    {
        services.AddStorage();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStorageSchema, TSchema>());
        return services;
    }
}

using CallFlow.AspNetCore.Apps;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CallFlow.AspNetCore.Declarative;

/// <summary>Registers the declarative apps: the app files of <c>CallFlow:AppsPath</c>, served beside the code-first apps.</summary>
public static class DeclarativeAppsExtensions
{
    /// <summary>
    /// Serves every app file of <c>CallFlow:AppsPath</c>, reloading them as they change. The files are read when the
    /// host starts, and an invalid file stops it with one line per problem.
    /// </summary>
    public static IServiceCollection AddDeclarativeApps(this IServiceCollection services)
    {
        services.AddOptions<DeclarativeAppsOptions>()
            .BindConfiguration(DeclarativeAppsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AppFileProvider>();
        services.AddSingleton<IAppProvider>(sp => sp.GetRequiredService<AppFileProvider>());
        services.AddHostedService(sp => sp.GetRequiredService<AppFileProvider>());
        return services;
    }
}

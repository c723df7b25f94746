using CallFlow.Server.Apps;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CallFlow.Server.Pages;

/// <summary>Registers what the page routes need.</summary>
public static class PageServerExtensions
{
    /// <summary>Registers the app registry, the page pipeline and its options (<c>CallFlow:Pages</c>, validated at startup).</summary>
    public static IServiceCollection AddPageServer(this IServiceCollection services)
    {
        services.AddOptions<PageOptions>().BindConfiguration(PageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AppRegistry>();
        services.AddSingleton<PageRequestBinder>();
        services.AddSingleton<PageAnswerer>();
        services.AddSingleton<PageEndpoint>();
        return services;
    }
}

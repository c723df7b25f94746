using CallFlow.AspNetCore.Apps;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CallFlow.AspNetCore.Pages;

/// <summary>Registers what the page routes need.</summary>
public static class PageServerExtensions
{
    /// <summary>
    /// Registers the app registry (and the startup log line listing its apps), the page pipeline and its options
    /// (<c>CallFlow:Pages</c>, <c>CallFlow:Tokens</c>, validated at startup).
    /// </summary>
    public static IServiceCollection AddPageServer(this IServiceCollection services)
    {
        services.AddOptions<PageOptions>().BindConfiguration(PageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AppRegistry>();
        services.AddHostedService<ServedAppsLog>();
        services.AddOptions<TokenSigningOptions>().BindConfiguration(TokenSigningOptions.Section)
            .Validate(o => string.IsNullOrEmpty(o.SigningKey) || o.SigningKey.Length >= TokenSigningOptions.MinKeyLength,
                $"CallFlow:Tokens:SigningKey must be at least {TokenSigningOptions.MinKeyLength} characters (or unset to send tokens unsigned).")
            .ValidateOnStart();
        services.AddSingleton<TokenSigner>();
        services.AddSingleton<PageRequestBinder>();
        services.AddSingleton<PageAnswerer>();
        services.AddSingleton<PageEndpoint>();
        return services;
    }
}

namespace CallFlow.AspNetCore.Security;

/// <summary>Registers the failed-authentication limit that page authentication and the admin API key share.</summary>
public static class FailedAuthExtensions
{
    /// <summary>
    /// Binds and validates <c>CallFlow:Security:FailedAuth</c> and registers the one <see cref="FailedAuthLimiter"/>
    /// both guards count failures in. Safe to call from each of them.
    /// </summary>
    public static IServiceCollection AddFailedAuthLimit(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(FailedAuthLimiter)))
        {
            return services;
        }

        services.AddOptions<FailedAuthOptions>().BindConfiguration(FailedAuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FailedAuthLimiter>();
        return services;
    }
}

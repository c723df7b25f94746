using CallFlow.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;

namespace CallFlow.AspNetCore.Security;

/// <summary>Registers and applies HTTP Basic authentication of page routes.</summary>
public static class PageAuthExtensions
{
    /// <summary>
    /// Binds and validates <c>CallFlow:PageAuth</c> (warning at startup when it is unset) and the failed-authentication
    /// limit shared with the admin API key (<c>CallFlow:Security:FailedAuth</c>).
    /// </summary>
    public static IServiceCollection AddPageAuthentication(this IServiceCollection services)
    {
        services.AddOptions<PageAuthOptions>().BindConfiguration(PageAuthOptions.Section)
            .Validate(o => !o.Enabled || (!string.IsNullOrEmpty(o.Username) && !string.IsNullOrEmpty(o.Password)),
                "CallFlow:PageAuth:Username and CallFlow:PageAuth:Password must be set together.")
            .Validate(o => o.Username is null || !o.Username.Contains(':'),
                "CallFlow:PageAuth:Username must not contain ':' (HTTP Basic separates username and password with it).")
            .ValidateOnStart();
        services.AddHostedService<OpenAccessWarning>();
        services.AddOptions<FailedAuthOptions>().BindConfiguration(FailedAuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FailedAuthLimiter>();
        return services;
    }

    /// <summary>Requires the page Basic credentials on every endpoint of the group, and documents them (Swagger UI's Authorize button).</summary>
    public static TBuilder RequirePageAuth<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, PageBasicAuthFilter>().RequiresInDocument(OpenApiSecurity.PageBasicAuth);
}

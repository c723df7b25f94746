using CallFlow.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;

namespace CallFlow.AspNetCore.Security;

/// <summary>Registers and applies HTTP Basic authentication of page routes.</summary>
public static class PageAuthExtensions
{
    /// <summary>
    /// Binds and validates <c>CallFlow:PageAuth</c> (warning at startup when it or the admin API key is unset) and the
    /// failed-authentication limit (<see cref="FailedAuthExtensions.AddFailedAuthLimit"/>).
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
        return services.AddFailedAuthLimit();
    }

    /// <summary>Requires the page Basic credentials on every endpoint of the group, and documents them (Swagger UI's Authorize button).</summary>
    public static TBuilder RequirePageAuth<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, PageBasicAuthFilter>().RequiresInDocument(OpenApiSecurity.PageBasicAuth);
}

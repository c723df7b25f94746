using CallFlow.AspNetCore.OpenApi;

namespace CallFlow.AspNetCore.Security;

/// <summary>Puts a route group of the admin API behind <see cref="AdminApiKeyFilter"/>.</summary>
public static class AdminApiKeyExtensions
{
    /// <summary>Registers what <see cref="RequireAdminApiKey"/> needs: the failed-authentication limit (<see cref="FailedAuthExtensions.AddFailedAuthLimit"/>).</summary>
    public static IServiceCollection AddAdminApiKey(this IServiceCollection services) => services.AddFailedAuthLimit();

    /// <summary>
    /// Requires <c>X-Api-Key</c> on every endpoint of <paramref name="group"/> when <c>CallFlow:Admin:ApiKey</c> is set,
    /// and documents the 401 answer and the key (Swagger UI's Authorize button). (<see cref="OpenAccessWarning"/> warns at startup when the key is not set.)
    /// </summary>
    public static RouteGroupBuilder RequireAdminApiKey(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter<AdminApiKeyFilter>();
        group.ProducesProblem(StatusCodes.Status401Unauthorized);
        group.ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.RequiresInDocument(OpenApiSecurity.AdminApiKey);
        return group;
    }
}

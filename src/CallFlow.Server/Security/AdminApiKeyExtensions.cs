namespace CallFlow.Server.Security;

/// <summary>Puts a route group of the admin API behind <see cref="AdminApiKeyFilter"/>.</summary>
public static class AdminApiKeyExtensions
{
    /// <summary>
    /// Requires <c>X-Api-Key</c> on every endpoint of <paramref name="group"/> when <c>CallFlow:Admin:ApiKey</c> is set,
    /// and documents the 401 answer; logs a warning now if the key is not set.
    /// </summary>
    public static RouteGroupBuilder RequireAdminApiKey(this RouteGroupBuilder group)
    {
        var services = ((IEndpointRouteBuilder)group).ServiceProvider;
        if (string.IsNullOrEmpty(services.GetRequiredService<IConfiguration>()[AdminApiKeyFilter.ConfigurationKey]))
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AdminApiKeyFilter))
                .LogWarning("{Key} is not set: the admin API is open to anyone who can reach the server", AdminApiKeyFilter.ConfigurationKey);
        }

        group.AddEndpointFilter<AdminApiKeyFilter>();
        group.ProducesProblem(StatusCodes.Status401Unauthorized);
        return group;
    }
}

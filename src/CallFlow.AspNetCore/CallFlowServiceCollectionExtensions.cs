using CallFlow.AspNetCore.Api;
using CallFlow.AspNetCore.Calls;
using CallFlow.AspNetCore.Declarative;
using CallFlow.AspNetCore.DialConnect;
using CallFlow.AspNetCore.Health;
using CallFlow.AspNetCore.Inspector;
using CallFlow.AspNetCore.Logging;
using CallFlow.AspNetCore.OpenApi;
using CallFlow.AspNetCore.Pages;
using CallFlow.AspNetCore.Security;
using CallFlow.AspNetCore.Telemetry;

namespace CallFlow.AspNetCore;

/// <summary>Registers all of CallFlow in one call; each feature's own <c>AddXxx</c> stays available to take only part.</summary>
public static class CallFlowServiceCollectionExtensions
{
    /// <summary>
    /// Registers Serilog logging (<c>CallFlow:Logging</c>), OpenTelemetry metrics and traces (<c>CallFlow:Telemetry</c>), the page server, page authentication, the admin API key, declarative apps (<c>CallFlow:AppsPath</c>),
    /// click-to-call (with its <c>dial-connect</c> app), the call history, the call inspector, health checks, problem details, the admin API's JSON and the OpenAPI document, with their
    /// options bound from the <c>CallFlow</c> section of <paramref name="configuration"/> and validated at startup.
    /// Code-first apps are added beside it with <see cref="Apps.AppServiceCollectionExtensions.AddCallFlowApp"/>;
    /// <see cref="CallFlowEndpointRouteBuilderExtensions.MapCallFlow"/> serves it all.
    /// </summary>
    public static IServiceCollection AddCallFlow(this IServiceCollection services, IConfiguration configuration)
    {
        // Logging first: it replaces the logging providers registered before it, and OpenTelemetry adds its own.
        services.AddCallFlowLogging(configuration);
        services.AddCallFlowTelemetry(configuration);
        services.AddApiJson();
        services.AddProblemDetails();
        services.AddPageServer();
        services.AddPageAuthentication();
        services.AddAdminApiKey();
        services.AddDeclarativeApps();
        services.AddDialConnect(configuration);
        services.AddHealthChecks().AddCheck<ServerHealthCheck>("server");
        services.AddCallFlowOpenApi();
        services.AddCallStore();
        services.AddCallInspector();
        return services;
    }
}

using System.Text.Json;
using CallFlow.Actions.Serialization;

namespace CallFlow.AspNetCore.Api;

/// <summary>The JSON conventions of CallFlow's own REST API (<c>/api/*</c>): snake_case, like the platform's.</summary>
public static class ApiJsonExtensions
{
    /// <summary>Configures Minimal API JSON: snake_case names, and the wire model's own contract for its types.</summary>
    public static IServiceCollection AddApiJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            options.SerializerOptions.TypeInfoResolverChain.Insert(0, CallFlowJsonContext.Default);
        });
}

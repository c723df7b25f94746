using CallFlow.AspNetCore.Security;
using Microsoft.OpenApi;

namespace CallFlow.AspNetCore.OpenApi;

/// <summary>
/// The document's two security schemes, which give Swagger UI its Authorize button: HTTP Basic for the page routes
/// (<c>CallFlow:PageAuth</c>) and the <c>X-Api-Key</c> header for the admin API (<c>CallFlow:Admin:ApiKey</c>). Each
/// protected route group names its scheme, so an operation requires exactly the credential its filter checks.
/// </summary>
internal static class OpenApiSecurity
{
    /// <summary>The scheme of the page routes.</summary>
    public const string PageBasicAuth = "page_basic_auth";

    /// <summary>The scheme of the admin API.</summary>
    public const string AdminApiKey = "admin_api_key";

    /// <summary>Adds both schemes to the document's components.</summary>
    public static void AddSchemes(OpenApiDocument document)
    {
        document.AddComponent<IOpenApiSecurityScheme>(PageBasicAuth, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "basic",
            Description = $"The page credentials, {PageAuthOptions.Section}:Username and Password; checked only when they are set.",
        });
        document.AddComponent<IOpenApiSecurityScheme>(AdminApiKey, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = AdminApiKeyFilter.HeaderName,
            Description = $"The admin API key, {AdminApiKeyFilter.ConfigurationKey}; checked only when it is set.",
        });
    }

    /// <summary>Documents every operation of <paramref name="builder"/> as requiring <paramref name="scheme"/>.</summary>
    public static TBuilder RequiresInDocument<TBuilder>(this TBuilder builder, string scheme)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, context, _) =>
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [] });
            return Task.CompletedTask;
        });
}

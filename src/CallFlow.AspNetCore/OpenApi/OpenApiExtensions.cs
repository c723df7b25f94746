using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CallFlow.AspNetCore.OpenApi;

/// <summary>The OpenAPI document (<c>/openapi/v1.json</c>) and Swagger UI (<c>/swagger</c>).</summary>
public static class OpenApiExtensions
{
    /// <summary>The document's URL.</summary>
    public const string DocumentUrl = "/openapi/" + DocumentName + ".json";

    private const string DocumentName = "v1";

    /// <summary>Registers the OpenAPI document generator, taught the wire model's JSON shapes and the page requests.</summary>
    public static IServiceCollection AddCallFlowOpenApi(this IServiceCollection services) => services.AddOpenApi(DocumentName, options =>
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "CallFlow",
                Version = DocumentName,
                Description = "The pages a telephony platform requests during a call, and CallFlow's own API. " +
                    "Page requests carry instance_info; answers are action lists (api_version 2.0). See docs/protocol.md and docs/writing-a-callflow.md.",
            };
            OpenApiSecurity.AddSchemes(document);
            return Task.CompletedTask;
        });
        options.AddSchemaTransformer<WireSchemaTransformer>();
        options.AddOperationTransformer<PageOperationTransformer>();
        options.AddDocumentTransformer<ComponentReferencesTransformer>();
    })
        // After the XML comment support, which registers its transformer when the document is configured.
        .PostConfigure<OpenApiOptions>(DocumentName, options => options.AddSchemaTransformer<WirePropertyDescriptionTransformer>());

    /// <summary>Names the code-first app whose answers the document shows as examples (see <see cref="OpenApiExampleApp"/>).</summary>
    public static IServiceCollection AddOpenApiExampleApp(this IServiceCollection services, string app, string nextPage) =>
        services.AddSingleton(new OpenApiExampleApp(app, nextPage));

    /// <summary>The path Swagger UI is served under.</summary>
    public const string SwaggerUiPath = "/swagger";

    /// <summary>Serves the document and Swagger UI.</summary>
    public static WebApplication MapCallFlowOpenApi(this WebApplication app)
    {
        app.MapOpenApi();
        // Swagger UI's middleware matches every request's path against its own patterns; only its own paths reach it.
        app.UseWhen(context => context.Request.Path.StartsWithSegments(SwaggerUiPath, StringComparison.OrdinalIgnoreCase), swagger => swagger.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint(DocumentUrl, "CallFlow");
            options.RoutePrefix = SwaggerUiPath.TrimStart('/');
            options.DocumentTitle = "CallFlow API";
        }));
        return app;
    }
}

namespace CallFlow.Server.OpenApi;

/// <summary>The OpenAPI document (<c>/openapi/v1.json</c>) and Swagger UI (<c>/swagger</c>).</summary>
public static class OpenApiExtensions
{
    /// <summary>The document's URL.</summary>
    public const string DocumentUrl = "/openapi/v1.json";

    /// <summary>Registers the OpenAPI document generator.</summary>
    public static IServiceCollection AddCallFlowOpenApi(this IServiceCollection services) => services.AddOpenApi();

    /// <summary>Serves the document and Swagger UI.</summary>
    public static WebApplication MapCallFlowOpenApi(this WebApplication app)
    {
        app.MapOpenApi();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint(DocumentUrl, "CallFlow");
            options.RoutePrefix = "swagger";
            options.DocumentTitle = "CallFlow API";
        });
        return app;
    }
}

using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace CallFlow.AspNetCore.OpenApi;

/// <summary>
/// What the generator cannot learn from a handler's signature, stated beside the endpoint it documents: a parameter's
/// meaning, its example or allowed values, and the request bodies Swagger UI offers to try.
/// </summary>
internal static class OperationDocs
{
    /// <summary>Describes the parameter <paramref name="name"/>, with an example value or the values it allows (a list in Swagger UI).</summary>
    public static RouteHandlerBuilder WithParameterDocs(
        this RouteHandlerBuilder builder, string name, string description, string? example = null, IReadOnlyList<string>? allowed = null) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            var parameter = operation.Parameters?.OfType<OpenApiParameter>().SingleOrDefault(p => p.Name == name)
                ?? throw new InvalidOperationException($"The operation {operation.OperationId} has no parameter {name} to describe.");
            parameter.Description = description;
            parameter.Example = example is null ? null : JsonValue.Create(example);
            if (allowed is not null && parameter.Schema is OpenApiSchema schema)
            {
                schema.Enum = allowed.Select(value => (JsonNode)JsonValue.Create(value)).ToList();
            }

            return Task.CompletedTask;
        });

    /// <summary>Offers <paramref name="examples"/> as the JSON request body; Swagger UI fills in the first.</summary>
    public static RouteHandlerBuilder WithJsonExamples(this RouteHandlerBuilder builder, params (string Name, string Summary, string Json)[] examples) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.RequestBody?.Content?.TryGetValue("application/json", out var body) is not true || body is not OpenApiMediaType media)
            {
                throw new InvalidOperationException($"The operation {operation.OperationId} has no JSON request body to give examples.");
            }

            media.Examples = examples.ToDictionary(
                example => example.Name,
                example => (IOpenApiExample)new OpenApiExample { Summary = example.Summary, Value = JsonNode.Parse(example.Json) },
                StringComparer.Ordinal);
            return Task.CompletedTask;
        });
}

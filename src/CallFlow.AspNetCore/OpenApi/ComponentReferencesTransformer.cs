using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CallFlow.AspNetCore.OpenApi;

/// <summary>
/// The last step of the document: every schema still marked with a schema id (the wire components, the page request
/// bodies, the nested types the generator marked) becomes a component, and each place that used it a <c>$ref</c>.
/// </summary>
internal sealed class ComponentReferencesTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var pass = new Pass(document);
        foreach (var component in document.Components?.Schemas?.Values.OfType<OpenApiSchema>().ToList() ?? [])
        {
            pass.ReplaceChildren(component);
        }

        foreach (var operation in document.Paths?.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []) ?? [])
        {
            foreach (var media in (operation.RequestBody?.Content?.Values ?? []).Concat(operation.Responses?.Values.SelectMany(r => r.Content?.Values ?? []) ?? []))
            {
                if (media is OpenApiMediaType { Schema: { } schema } target)
                {
                    target.Schema = pass.Replace(schema);
                }
            }
        }

        return Task.CompletedTask;
    }

    private sealed class Pass(OpenApiDocument document)
    {
        private readonly HashSet<OpenApiSchema> _visited = new(ReferenceEqualityComparer.Instance);

        public IOpenApiSchema Replace(IOpenApiSchema schema)
        {
            if (schema is OpenApiSchemaReference reference)
            {
                // The generator's own reference to a component, carrying the property's description (see WirePropertyDescriptionTransformer).
                reference.Description = CodeReferences.Clean(reference.Description);
            }

            if (schema is not OpenApiSchema inline)
            {
                return schema;
            }

            if (inline.Metadata?.TryGetValue(WireSchemas.SchemaIdKey, out var value) is not true || value is not string { Length: > 0 } id)
            {
                ReplaceChildren(inline);
                return inline;
            }

            var description = inline.Description;
            if (document.Components?.Schemas?.ContainsKey(id) is not true)
            {
                // A property's schema registered as its type's component takes the type's description.
                inline.Description = WireDocs.Of(id) ?? description;
                document.AddComponent<IOpenApiSchema>(id, inline);
                ReplaceChildren(inline);
            }

            // A property's own description stays beside the reference, as OpenAPI 3.1 allows, unless it only repeats the type's.
            var component = document.Components!.Schemas![id];
            var own = ReferenceEquals(component, inline) && description == inline.Description || description == component.Description ? null : description;
            return new OpenApiSchemaReference(id, document) { Description = own };
        }

        public void ReplaceChildren(OpenApiSchema schema)
        {
            if (!_visited.Add(schema))
            {
                return;
            }

            if (schema.Properties is { } properties)
            {
                foreach (var name in properties.Keys.ToList())
                {
                    properties[name] = Replace(properties[name]);
                }
            }

            ReplaceAll(schema.OneOf);
            ReplaceAll(schema.AnyOf);
            ReplaceAll(schema.AllOf);
            schema.Items = schema.Items is null ? null : Replace(schema.Items);
            schema.Not = schema.Not is null ? null : Replace(schema.Not);
            schema.AdditionalProperties = schema.AdditionalProperties is null ? null : Replace(schema.AdditionalProperties);
        }

        private void ReplaceAll(IList<IOpenApiSchema>? schemas)
        {
            for (var i = 0; i < (schemas?.Count ?? 0); i++)
            {
                schemas![i] = Replace(schemas[i]);
            }
        }
    }
}

using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CallFlow.AspNetCore.OpenApi;

/// <summary>
/// Runs after the XML comment support, which describes a property by its type's summary when the type is documented
/// (a <c>hold_media</c> would read as "play: plays a list of media items"): a wire property is described by its own
/// summary, and the C# the support rendered for a code reference is rewritten for readers (<see cref="CodeReferences"/>).
/// </summary>
internal sealed class WirePropertyDescriptionTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo?.AttributeProvider is PropertyInfo property && WireDocs.Of(property) is { } summary)
        {
            schema.Description = summary;
        }
        else
        {
            schema.Description = CodeReferences.Clean(schema.Description);
        }

        return Task.CompletedTask;
    }
}

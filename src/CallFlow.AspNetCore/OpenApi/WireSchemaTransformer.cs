using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CallFlow.Actions.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CallFlow.AspNetCore.OpenApi;

/// <summary>
/// Corrects the generated schemas where the wire model's JSON converters write something other than the CLR shape:
/// one-key action objects, wrapped plays, media items, action results, web page requests, keypad digits, and numbers
/// or booleans the platform sends as strings. Also applies the documented required properties and platform defaults.
/// </summary>
internal sealed class WireSchemaTransformer : IOpenApiSchemaTransformer
{
    public async Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var typeInfo = context.JsonTypeInfo;
        if ((Nullable.GetUnderlyingType(typeInfo.Type) ?? typeInfo.Type) == typeof(JsonElement))
        {
            // Recordings and the call history keep documents exactly as sent or answered: any JSON value.
            schema.Type = JsonSchemaType.Object | JsonSchemaType.Array | JsonSchemaType.String | JsonSchemaType.Number | JsonSchemaType.Boolean | JsonSchemaType.Null;
            schema.Description ??= "Any JSON value, exactly as it was sent or answered.";
            return;
        }

        var schemas = new WireSchemas(context.Document!, (type, token) => context.GetOrCreateSchemaAsync(type, null, token));
        var property = context.JsonPropertyInfo;
        switch (property?.CustomConverter)
        {
            case WrappedPlayConverter:
                WireSchemas.Reset(schema);
                await schemas.DescribeWrappedPlayAsync(schema, cancellationToken);
                break;
            case WrappedPlayListConverter:
                WireSchemas.Reset(schema);
                schema.Type = JsonSchemaType.Array | JsonSchemaType.Null;
                var wrapped = new OpenApiSchema();
                await schemas.DescribeWrappedPlayAsync(wrapped, cancellationToken);
                schema.Items = wrapped;
                break;
            case OptionalDigitConverter:
                WireSchemas.Reset(schema);
                WireSchemas.DescribeDigit(schema);
                break;
            case OptionalKeyConverter:
                WireSchemas.Reset(schema);
                WireSchemas.DescribeKeyOrNone(schema);
                break;
            case FlexibleDoubleConverter:
                WireSchemas.Reset(schema);
                WireSchemas.DescribeFlexibleNumber(schema);
                break;
            case FlexibleBooleanConverter:
                WireSchemas.Reset(schema);
                WireSchemas.DescribeFlexibleBoolean(schema);
                break;
            default:
                await DescribeConvertedTypeAsync(schema, typeInfo, schemas, cancellationToken);
                break;
        }

        if (property?.AttributeProvider is PropertyInfo clrProperty)
        {
            WireSchemas.ApplyPropertyDocs(schema, clrProperty);
        }

        if (property?.CustomConverter is null && typeInfo.Kind == JsonTypeInfoKind.Object && typeInfo.Type.Assembly == WireDocs.WireAssembly)
        {
            WireSchemas.ApplyRequired(schema, typeInfo.Properties
                .Where(p => p.AttributeProvider is PropertyInfo)
                .Select(p => (p.Name, (PropertyInfo)p.AttributeProvider!)));
        }
    }

    // The generator calls no transformer for the items of a list whose element type has a converter of its own,
    // so lists of actions and media items get their items here, from the list's schema.
    private static async Task DescribeConvertedTypeAsync(OpenApiSchema schema, JsonTypeInfo typeInfo, WireSchemas schemas, CancellationToken cancellationToken)
    {
        if (typeInfo.Kind == JsonTypeInfoKind.Enumerable && typeInfo.ElementType is { IsAbstract: true } element && element.Assembly == WireDocs.WireAssembly)
        {
            schema.Items = await schemas.DescribedComponentAsync(element, cancellationToken);
        }
        else if (typeInfo.Kind == JsonTypeInfoKind.None && typeInfo.Type.Assembly == WireDocs.WireAssembly)
        {
            await schemas.TryDescribeAsync(typeInfo.Type, schema, cancellationToken);
        }
    }
}

using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CallFlow.Actions.Media;
using CallFlow.Actions.Results;
using CallFlow.Actions.Serialization;
using CallFlow.Actions.Validation;
using CallFlow.Actions.Verbs;
using Microsoft.OpenApi;

namespace CallFlow.Server.OpenApi;

/// <summary>
/// Describes the parts of the wire model that custom JSON converters hide from the schema generator, and keeps them as
/// components of one document. Actions come from <see cref="ActionRegistry"/>, media items from the subclasses of
/// <see cref="MediaItem"/>, so a new action or media kind is documented without touching this class.
/// </summary>
/// <param name="document">The document being generated.</param>
/// <param name="generate">The generator's own schema for a type (transformers applied).</param>
internal sealed class WireSchemas(OpenApiDocument document, Func<Type, CancellationToken, Task<OpenApiSchema>> generate)
{
    private const string SchemaIdKey = "x-schema-id";

    /// <summary>A reference to the component describing <paramref name="type"/>, generating and registering it first if needed.</summary>
    public async Task<IOpenApiSchema> ReferenceAsync(Type type, CancellationToken cancellationToken)
    {
        var id = type.Name;
        if (document.Components?.Schemas?.ContainsKey(id) is not true)
        {
            var schema = await generate(type, cancellationToken);
            schema.Metadata?.Remove(SchemaIdKey);
            await RegisterAsync(id, schema);
        }

        return new OpenApiSchemaReference(id, document);
    }

    /// <summary>
    /// Fills <paramref name="schema"/> when <paramref name="type"/> is written by a converter of the wire model:
    /// the abstract action, media item and action result, or a small object such as a web page request. Returns false for other types.
    /// </summary>
    public async Task<bool> TryDescribeAsync(Type type, OpenApiSchema schema, CancellationToken cancellationToken)
    {
        if (type == typeof(TelephonyAction))
        {
            await DescribeActionAsync(schema, cancellationToken);
        }
        else if (type == typeof(MediaItem))
        {
            await DescribeMediaItemAsync(schema, cancellationToken);
        }
        else if (type == typeof(ActionResult))
        {
            await DescribeActionResultAsync(schema, cancellationToken);
        }
        else if (type.Assembly == WireDocs.WireAssembly && type.IsClass && !type.IsAbstract && type.GetCustomAttribute<JsonConverterAttribute>() is not null)
        {
            await DescribeConvertedObjectAsync(type, schema, cancellationToken);
        }
        else
        {
            return false;
        }

        schema.Description ??= WireDocs.Of(type);
        return true;
    }

    /// <summary>A reference to the component of an abstract wire type (<see cref="TelephonyAction"/>, <see cref="MediaItem"/>).</summary>
    public async Task<IOpenApiSchema> ReferenceDescribedAsync(Type type, CancellationToken cancellationToken)
    {
        if (document.Components?.Schemas?.ContainsKey(type.Name) is not true)
        {
            var schema = new OpenApiSchema();
            await RegisterAsync(type.Name, schema);
            await TryDescribeAsync(type, schema, cancellationToken);
        }

        return new OpenApiSchemaReference(type.Name, document);
    }

    /// <summary>A play action in a property (<c>hold_media</c>, <c>prompt</c>...): the one-key object <c>{"play": {...}}</c>.</summary>
    public async Task DescribeWrappedPlayAsync(OpenApiSchema schema, CancellationToken cancellationToken) =>
        await DescribeOneKeyAsync(schema, ActionRegistry.ForType(typeof(Play)), cancellationToken);

    /// <summary>A key of the telephone keypad: a one-character string.</summary>
    public static void DescribeDigit(OpenApiSchema schema)
    {
        schema.Type = JsonSchemaType.String | JsonSchemaType.Null;
        schema.MinLength = 1;
        schema.MaxLength = 1;
        schema.Pattern = $"^[{Keys.Alphabet}]$";
    }

    /// <summary>A number the platform may send as a JSON number or as a numeric string such as <c>"47.3"</c>.</summary>
    public static void DescribeFlexibleNumber(OpenApiSchema schema)
    {
        schema.Type = JsonSchemaType.Number | JsonSchemaType.String;
        schema.Pattern = @"^-?[0-9]+(\.[0-9]+)?$";
    }

    /// <summary>A boolean the platform may send as <c>true</c>, <c>"true"</c> or <c>1</c>.</summary>
    public static void DescribeFlexibleBoolean(OpenApiSchema schema)
    {
        schema.Type = JsonSchemaType.Boolean | JsonSchemaType.String | JsonSchemaType.Integer;
        schema.Enum = [JsonValue.Create(true), JsonValue.Create(false), JsonValue.Create("true"), JsonValue.Create("false"), JsonValue.Create(1), JsonValue.Create(0)];
    }

    /// <summary>Forgets what the generator guessed for a schema that a converter writes differently.</summary>
    public static void Reset(OpenApiSchema schema)
    {
        schema.Type = null;
        schema.Properties = null;
        schema.Required = null;
        schema.Items = null;
        schema.OneOf = null;
        schema.AnyOf = null;
        schema.AllOf = null;
        schema.Metadata?.Remove(SchemaIdKey);
    }

    /// <summary>Applies what the property's documentation says: its default; strict JSON numbers (the wire model does not read numeric strings).</summary>
    public static void ApplyPropertyDocs(OpenApiSchema schema, PropertyInfo property)
    {
        if (property.DeclaringType?.Assembly != WireDocs.WireAssembly)
        {
            return;
        }

        schema.Default ??= WireDocs.DefaultOf(property);
        if (schema.Type is { } type && (type & (JsonSchemaType.Integer | JsonSchemaType.Number)) != 0 && property.GetCustomAttribute<JsonConverterAttribute>() is null)
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
    }

    /// <summary>Marks the properties the documentation calls required.</summary>
    public static void ApplyRequired(OpenApiSchema schema, IEnumerable<(string Name, PropertyInfo Property)> properties)
    {
        foreach (var (name, property) in properties.Where(p => WireDocs.IsRequired(p.Property)))
        {
            schema.Required ??= new HashSet<string>(StringComparer.Ordinal);
            schema.Required.Add(name);
        }
    }

    private async Task DescribeActionAsync(OpenApiSchema schema, CancellationToken cancellationToken)
    {
        schema.OneOf = [];
        foreach (var descriptor in ActionRegistry.All)
        {
            var variant = new OpenApiSchema();
            await DescribeOneKeyAsync(variant, descriptor, cancellationToken);
            schema.OneOf.Add(variant);
        }
    }

    private async Task DescribeOneKeyAsync(OpenApiSchema schema, ActionDescriptor descriptor, CancellationToken cancellationToken)
    {
        schema.Type = JsonSchemaType.Object;
        schema.Title = descriptor.Name;
        schema.Required = new HashSet<string>(StringComparer.Ordinal) { descriptor.Name };
        schema.Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            [descriptor.Name] = await ReferenceAsync(descriptor.ActionType, cancellationToken),
        };
        schema.AdditionalPropertiesAllowed = false;
        schema.Description ??= WireDocs.Of(descriptor.ActionType);
    }

    private async Task DescribeMediaItemAsync(OpenApiSchema schema, CancellationToken cancellationToken)
    {
        schema.OneOf = [];
        foreach (var kind in WireDocs.WireAssembly.GetTypes().Where(t => t.IsSubclassOf(typeof(MediaItem)) && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            schema.OneOf.Add(await ReferenceAsync(kind, cancellationToken));
        }
    }

    // action_result is discriminated by "action": one variant per action with a typed result, and one for all others.
    private async Task DescribeActionResultAsync(OpenApiSchema schema, CancellationToken cancellationToken)
    {
        var typed = ActionRegistry.All.Where(d => d.ResultType is not null).ToList();
        schema.OneOf = [];
        foreach (var descriptor in typed)
        {
            var action = new OpenApiSchema { Type = JsonSchemaType.String, Const = descriptor.Name };
            schema.OneOf.Add(ActionResultVariant(descriptor.Name, action, await ReferenceAsync(descriptor.ResultType!, cancellationToken)));
        }

        var other = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Not = new OpenApiSchema { Enum = typed.Select(d => (JsonNode)JsonValue.Create(d.Name)).ToList() },
        };
        var raw = new OpenApiSchema
        {
            Type = JsonSchemaType.Object | JsonSchemaType.Null,
            Description = WireDocs.Of(typeof(RawActionResult).GetProperty(nameof(RawActionResult.Result))!),
        };
        schema.OneOf.Add(ActionResultVariant("other actions", other, raw));
    }

    private static OpenApiSchema ActionResultVariant(string title, OpenApiSchema action, IOpenApiSchema result)
    {
        action.Description = WireDocs.Of(typeof(ActionResult).GetProperty(nameof(ActionResult.Action))!);
        var interrupted = new OpenApiSchema { Description = WireDocs.Of(typeof(ActionResult).GetProperty(nameof(ActionResult.Interrupted))!) };
        DescribeFlexibleBoolean(interrupted);
        return new OpenApiSchema
        {
            Title = title,
            Type = JsonSchemaType.Object,
            Required = new HashSet<string>(StringComparer.Ordinal) { "action" },
            Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
            {
                ["action"] = action,
                ["interrupted"] = interrupted,
                ["result"] = result,
            },
        };
    }

    // A small object read by a converter of its own (a web page request, an error result, a run_menu result):
    // its public properties, named as the wire names them.
    private async Task DescribeConvertedObjectAsync(Type type, OpenApiSchema schema, CancellationToken cancellationToken)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .Select(p => (Name: p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name), Property: p))
            .ToList();
        schema.Type = JsonSchemaType.Object;
        schema.Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        foreach (var (name, property) in properties)
        {
            schema.Properties[name] = await PropertySchemaAsync(property, cancellationToken);
        }

        ApplyRequired(schema, properties);
    }

    private async Task<OpenApiSchema> PropertySchemaAsync(PropertyInfo property, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var schema = type == typeof(string) ? new OpenApiSchema { Type = JsonSchemaType.String } : new OpenApiSchema();
        if (type == typeof(char))
        {
            DescribeDigit(schema);
        }
        else if (type != typeof(string))
        {
            schema = await generate(property.PropertyType, cancellationToken);
        }

        schema.Description = WireDocs.Of(property);
        ApplyPropertyDocs(schema, property);
        return schema;
    }

    // Nested schemas the generator marked with a schema id become components of their own, referenced by id.
    private async Task RegisterAsync(string id, OpenApiSchema schema)
    {
        document.AddComponent<IOpenApiSchema>(id, schema);
        await ComponentizeAsync(schema);
    }

    private async Task ComponentizeAsync(OpenApiSchema schema)
    {
        if (schema.Properties is { } properties)
        {
            foreach (var name in properties.Keys.ToList())
            {
                properties[name] = await ComponentizeChildAsync(properties[name]);
            }
        }

        if (schema.Items is { } items)
        {
            schema.Items = await ComponentizeChildAsync(items);
        }
    }

    private async Task<IOpenApiSchema> ComponentizeChildAsync(IOpenApiSchema child)
    {
        if (child is not OpenApiSchema inline)
        {
            return child;
        }

        if (inline.Metadata?.TryGetValue(SchemaIdKey, out var value) is true && value is string { Length: > 0 } id)
        {
            var description = inline.Description;
            if (document.Components?.Schemas?.ContainsKey(id) is not true)
            {
                inline.Metadata.Remove(SchemaIdKey);
                inline.Description = WireDocs.Of(id) ?? description;
                await RegisterAsync(id, inline);
            }

            // A property's own description stays beside the reference, as OpenAPI 3.1 allows.
            return new OpenApiSchemaReference(id, document) { Description = description };
        }

        await ComponentizeAsync(inline);
        return inline;
    }
}

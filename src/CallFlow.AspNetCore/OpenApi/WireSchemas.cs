using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CallFlow.Actions.Media;
using CallFlow.Actions.Parts;
using CallFlow.Actions.Results;
using CallFlow.Actions.Serialization;
using CallFlow.Actions.Validation;
using CallFlow.Actions.Verbs;
using Microsoft.OpenApi;

namespace CallFlow.AspNetCore.OpenApi;

/// <summary>
/// Describes the parts of the wire model that custom JSON converters hide from the schema generator, and keeps them as
/// components of one document. Actions come from <see cref="ActionRegistry"/>, media items from the subclasses of
/// <see cref="MediaItem"/>, so a new action or media kind is documented without touching this class.
/// </summary>
/// <param name="document">The document being generated.</param>
/// <param name="generate">The generator's own schema for a type (transformers applied).</param>
internal sealed class WireSchemas(OpenApiDocument document, Func<Type, CancellationToken, Task<OpenApiSchema>> generate)
{
    /// <summary>The metadata key under which the generator marks a schema that becomes a component.</summary>
    public const string SchemaIdKey = "x-schema-id";

    /// <summary>
    /// The shared schema of <paramref name="type"/>, generated once per document and registered as its component.
    /// It is marked with its schema id rather than returned as a reference, because the generator inlines references
    /// it meets; <see cref="ComponentReferencesTransformer"/> turns every marked schema into a reference at the end.
    /// </summary>
    public async Task<OpenApiSchema> ComponentAsync(Type type, CancellationToken cancellationToken)
    {
        if (Registered(type.Name) is { } existing)
        {
            return existing;
        }

        var schema = await generate(type, cancellationToken);
        Register(type.Name, schema);
        return schema;
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
        else if (type == typeof(MediaFile))
        {
            await DescribeMediaFileAsync(schema, cancellationToken);
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

    /// <summary>The shared schema of an abstract wire type (<see cref="TelephonyAction"/>, <see cref="MediaItem"/>), described once per document.</summary>
    public async Task<OpenApiSchema> DescribedComponentAsync(Type type, CancellationToken cancellationToken)
    {
        if (Registered(type.Name) is { } existing)
        {
            return existing;
        }

        var schema = new OpenApiSchema();
        Register(type.Name, schema);
        await TryDescribeAsync(type, schema, cancellationToken);
        return schema;
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

    /// <summary>A key of the telephone keypad, or the empty string the platform reads as "none".</summary>
    public static void DescribeKeyOrNone(OpenApiSchema schema)
    {
        schema.Type = JsonSchemaType.String | JsonSchemaType.Null;
        schema.MaxLength = 1;
        schema.Pattern = $"^[{Keys.Alphabet}]?$";
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

        schema.Description ??= WireDocs.Of(property);
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
        // A list's items reuse their type's info, but a wrapped play's items hold only "play": mark only what is there.
        foreach (var (name, property) in properties.Where(p => schema.Properties?.ContainsKey(p.Name) is true && WireDocs.IsRequired(p.Property)))
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
            var variant = new OpenApiSchema { Description = WireDocs.Of(descriptor.ActionType) };
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
            [descriptor.Name] = await ComponentAsync(descriptor.ActionType, cancellationToken),
        };
        schema.AdditionalPropertiesAllowed = false;
    }

    private async Task DescribeMediaItemAsync(OpenApiSchema schema, CancellationToken cancellationToken)
    {
        schema.OneOf = [];
        foreach (var kind in WireDocs.WireAssembly.GetTypes().Where(t => t.IsSubclassOf(typeof(MediaItem)) && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            schema.OneOf.Add(await ComponentAsync(kind, cancellationToken));
        }
    }

    // A media file is written as the file name or as the web page request that fetches it.
    private async Task DescribeMediaFileAsync(OpenApiSchema schema, CancellationToken cancellationToken)
    {
        schema.Type = null;
        schema.Properties = null;
        schema.OneOf =
        [
            new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, Description = WireDocs.Of(typeof(MediaFile).GetProperty(nameof(MediaFile.FileName))!) },
            await ComponentAsync(typeof(WebPageRequest), cancellationToken),
        ];
    }

    // action_result is discriminated by "action": one variant per action with a typed result, and one for all others.
    private async Task DescribeActionResultAsync(OpenApiSchema schema, CancellationToken cancellationToken)
    {
        var typed = ActionRegistry.All.Where(d => d.ResultType is not null).ToList();
        schema.OneOf = [];
        foreach (var descriptor in typed)
        {
            var action = new OpenApiSchema { Type = JsonSchemaType.String, Const = descriptor.Name };
            schema.OneOf.Add(ActionResultVariant(descriptor.Name, action, await ComponentAsync(descriptor.ResultType!, cancellationToken)));
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
            .Where(p => p.CanWrite && p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.GetCustomAttribute<JsonExtensionDataAttribute>() is null)
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

    private OpenApiSchema? Registered(string id) =>
        document.Components?.Schemas?.TryGetValue(id, out var schema) is true ? schema as OpenApiSchema : null;

    private void Register(string id, OpenApiSchema schema)
    {
        schema.Metadata ??= new Dictionary<string, object>(StringComparer.Ordinal);
        schema.Metadata[SchemaIdKey] = id;
        document.AddComponent<IOpenApiSchema>(id, schema);
    }
}

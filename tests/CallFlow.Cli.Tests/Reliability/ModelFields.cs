using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using CallFlow.Actions.Serialization;
using CallFlow.Actions.Verbs;

namespace CallFlow.Cli.Tests.Reliability;

/// <summary>
/// Every property of a model type and of the model objects inside it, read from the serializer's own metadata, so a new
/// property of the wire model is covered without anyone listing it. Actions are followed through the action registry.
/// </summary>
public static class ModelFields
{
    private const int MaxDepth = 6;

    /// <summary>The fields of <paramref name="type"/> as <paramref name="options"/> reads it, starting at <paramref name="root"/>.</summary>
    public static IReadOnlyList<ModelField> Of(Type type, JsonSerializerOptions options, params string[] root)
    {
        var fields = new List<ModelField>();
        Visit(type, options, [.. root], fields, []);
        return fields;
    }

    /// <summary>
    /// A property the model does not know in every object that <see cref="Of"/> reaches (and at the root), so every
    /// place where reading must keep one, and lint name it, is covered.
    /// </summary>
    public static IReadOnlyList<ModelField> UnknownOf(Type type, JsonSerializerOptions options, params string[] root) =>
        Of(type, options, root).Select(field => field.ObjectPath).Prepend(root)
            .DistinctBy(path => string.Join('.', path))
            .Select(path => new ModelField(path, "future_property"))
            .ToList();

    private const string Placeholder = "model-field-placeholder";

    /// <summary>
    /// A document that is only the path to <paramref name="field"/>: single-property objects and one-item lists, with a
    /// placeholder where the value goes (see <see cref="Fill"/>); callers may add members around it first.
    /// </summary>
    public static JsonObject Skeleton(ModelField field)
    {
        var root = new JsonObject();
        JsonNode current = root;
        var path = field.ObjectPath.Append(field.Name).ToList();
        for (var i = 0; i < path.Count; i++)
        {
            JsonNode next = i + 1 < path.Count ? (path[i + 1] == "0" ? new JsonArray() : new JsonObject()) : JsonValue.Create(Placeholder);
            if (path[i] == "0")
            {
                ((JsonArray)current).Add(next);
            }
            else
            {
                current[path[i]] = next;
            }

            current = next;
        }

        return root;
    }

    /// <summary>
    /// <paramref name="document"/> as UTF-8 with the raw JSON <paramref name="value"/> where its placeholder is (written
    /// as given, so values a JsonNode cannot hold, like a lone surrogate or 1e400, stay as they are).
    /// </summary>
    public static byte[] Fill(JsonNode document, string value) =>
        Encoding.UTF8.GetBytes(document.ToJsonString().Replace($"\"{Placeholder}\"", value, StringComparison.Ordinal));

    /// <summary>The bare skeleton of <paramref name="field"/> holding <paramref name="value"/>.</summary>
    public static byte[] Document(ModelField field, string value) => Fill(Skeleton(field), value);

    private static void Visit(Type type, JsonSerializerOptions options, List<string> at, List<ModelField> fields, HashSet<Type> seen)
    {
        if (at.Count > MaxDepth * 2 || type.Namespace?.StartsWith("CallFlow.", StringComparison.Ordinal) != true || !seen.Add(type))
        {
            return;
        }

        if (type == typeof(TelephonyAction))
        {
            foreach (var action in ActionRegistry.All)
            {
                Visit(action.ActionType, options, [.. at, action.Name], fields, [.. seen]);
            }

            return;
        }

        var info = options.GetTypeInfo(type);
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in info.Properties.Where(p => !p.IsExtensionData))
        {
            fields.Add(new ModelField([.. at], property.Name));
            if (property.CustomConverter is not null)
            {
                continue;
            }

            var inner = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var innerInfo = options.GetTypeInfo(inner);
            if (innerInfo.Kind == JsonTypeInfoKind.Enumerable && innerInfo.ElementType is { } element)
            {
                Visit(element, options, [.. at, property.Name, "0"], fields, [.. seen]);
            }
            else
            {
                Visit(inner, options, [.. at, property.Name], fields, [.. seen]);
            }
        }
    }
}

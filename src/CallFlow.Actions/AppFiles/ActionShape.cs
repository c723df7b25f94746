using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CallFlow.Actions.Media;
using CallFlow.Actions.Parts;
using CallFlow.Actions.Serialization;
using CallFlow.Actions.Verbs;

namespace CallFlow.Actions.AppFiles;

/// <summary>
/// Checks an action's JSON against the model's serializer contract before it is deserialized, so a value of the wrong
/// kind is reported at its exact wire path (the serializer's own errors lose the path inside custom converters).
/// A property or action the model does not know is kept; <see cref="UnknownNames"/> names it, with the nearest known name.
/// </summary>
internal sealed class ActionShape(ReadContext context)
{
    private static readonly JsonTypeInfo<TelephonyAction> ActionContract =
        (JsonTypeInfo<TelephonyAction>)CallFlowJson.Options.GetTypeInfo(typeof(TelephonyAction));

    /// <summary>Reads an action; null (with problems noted) when it is not a valid action of the model.</summary>
    internal TelephonyAction? Read(JsonElement element, string path)
    {
        if (!CheckAction(element, path, expected: null))
        {
            return null;
        }

        try
        {
            var action = element.Deserialize(ActionContract)!;
            foreach (var unknown in UnknownNames.Find(action))
            {
                context.AddUnknown(WireProblem.Join(path, unknown.Path), unknown.Message);
            }

            return action;
        }
        catch (JsonException exception)
        {
            context.Add(path, exception.Message);
            return null;
        }
    }

    private bool CheckAction(JsonElement element, string path, ActionDescriptor? expected)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Fail(path, $"must be an action, a one-key object such as {{\"hang_up\": {{}}}}, not {ReadContext.Describe(element)}");
        }

        var keys = element.EnumerateObject().Select(p => p.Name).ToList();
        if (keys.Count != 1)
        {
            return Fail(path, keys.Count == 0
                ? $"must name one action, such as {{\"hang_up\": {{}}}}; use one of {ActionRegistry.KnownNames}"
                : $"must hold exactly one action, not {keys.Count} keys ({string.Join(", ", keys)}); write each action as its own object");
        }

        var name = keys[0];
        if (!ActionRegistry.TryGet(name, out var descriptor))
        {
            return expected is null || Fail(path, $"must be a {expected.Name} action, not {name}");
        }

        if (expected is not null && descriptor != expected)
        {
            return Fail(path, $"must be a {expected.Name} action, not {name}");
        }

        return CheckObject(element.GetProperty(name), descriptor.ActionType, $"{path}.{name}");
    }

    private bool CheckObject(JsonElement element, Type type, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Fail(path, $"must be an object, not {ReadContext.Describe(element)}");
        }

        var contract = CallFlowJson.Options.GetTypeInfo(type);
        var ok = true;
        foreach (var member in element.EnumerateObject())
        {
            var property = contract.Properties.FirstOrDefault(p => p.Get is not null && !p.IsExtensionData && p.Name == member.Name);
            ok &= property is null
                || (property.CustomConverter is OptionalKeyConverter
                    ? CheckKey(member.Value, $"{path}.{member.Name}")
                    : CheckValue(member.Value, property.PropertyType, $"{path}.{member.Name}"));
        }

        return ok;
    }

    private bool CheckValue(JsonElement element, Type declared, string path)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        if (typeof(TelephonyAction).IsAssignableFrom(type))
        {
            return CheckAction(element, path, type == typeof(TelephonyAction) ? null : ActionRegistry.ForType(type));
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            return CheckList(element, type.GetGenericArguments()[0], path);
        }

        return type switch
        {
            _ when type == typeof(string) => Expect(element, JsonValueKind.String, path, "a string"),
            _ when type == typeof(int) => element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out _)
                || Fail(path, $"must be a whole number, not {ReadContext.Describe(element)}"),
            _ when type == typeof(double) => Expect(element, JsonValueKind.Number, path, "a number"),
            _ when type == typeof(bool) => element.ValueKind is JsonValueKind.True or JsonValueKind.False
                || Fail(path, $"must be true or false, not {ReadContext.Describe(element)}"),
            _ when type == typeof(char) => CheckKey(element, path),
            _ when type == typeof(WebPageRequest) => CheckPage(element, path),
            _ when type == typeof(MediaFile) => CheckMediaFile(element, path),
            _ when type == typeof(JsonElement) => Expect(element, JsonValueKind.Object, path, "an object"),
            _ when type == typeof(MediaItem) => CheckMediaItem(element, path),
            _ => CheckObject(element, type, path),
        };
    }

    private bool CheckList(JsonElement element, Type itemType, string path)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            return Fail(path, $"must be an array, not {ReadContext.Describe(element)}");
        }

        var ok = true;
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            ok &= CheckValue(item, itemType, $"{path}[{index++}]");
        }

        return ok;
    }

    private bool CheckKey(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.String when element.GetString()!.Length <= 1 => true,
        JsonValueKind.Number when element.TryGetInt32(out var digit) && digit is >= 0 and <= 9 => true,
        _ => Fail(path, $"must be one key such as \"#\", not {ReadContext.Describe(element)}"),
    };

    private bool CheckPage(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return Fail(path, $"must be a page: a URL string or {{\"url\": \"...\", \"method\": \"POST\"}}, not {ReadContext.Describe(element)}");
        }

        var ok = element.TryGetProperty("url", out _) || Fail(path, "needs a \"url\"");
        foreach (var member in element.EnumerateObject().Where(m => m.Name is "url" or "method"))
        {
            ok &= Expect(member.Value, JsonValueKind.String, $"{path}.{member.Name}", "a string");
        }

        return ok;
    }

    private bool CheckMediaFile(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.String => true,
        JsonValueKind.Object => CheckPage(element, path),
        _ => Fail(path, $"must be a file name or a web page request {{\"url\": \"...\"}}, not {ReadContext.Describe(element)}"),
    };

    private bool CheckMediaItem(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Fail(path, $"must be a play list item holding one of {MediaItemConverter.KindList}, not {ReadContext.Describe(element)}");
        }

        var kinds = MediaItemConverter.Kinds.Where(k => element.TryGetProperty(k.Key.Value, out _)).ToList();
        return kinds.Count == 1
            ? CheckObject(element, kinds[0].Type, path)
            : Fail(path, $"must hold exactly one of {MediaItemConverter.KindList}");
    }

    private bool Expect(JsonElement element, JsonValueKind kind, string path, string what) =>
        element.ValueKind == kind || Fail(path, $"must be {what}, not {ReadContext.Describe(element)}");

    private bool Fail(string path, string message)
    {
        context.Add(path, message);
        return false;
    }
}

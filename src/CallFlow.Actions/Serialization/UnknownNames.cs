using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CallFlow.Actions.Results;
using CallFlow.Actions.Verbs;

namespace CallFlow.Actions.Serialization;

/// <summary>
/// Lists what a read document holds that the model does not know: every unknown property of every wire object and
/// every unknown action, at its wire path, with the nearest known name and the names allowed there. Reading keeps them
/// (the platform adds properties over time, and a response is never refused for one); for documents people write,
/// a misspelt name (<c>destinatons</c>) silently does nothing, so lint reports these.
/// </summary>
public static class UnknownNames
{
    /// <summary>The unknown names in <paramref name="document"/> (a response, page request, recording or any wire object), in document order.</summary>
    public static IReadOnlyList<WireProblem> Find(object? document, JsonSerializerOptions? options = null)
    {
        var walk = new Walk(options ?? CallFlowJson.Options);
        walk.Value(document, WireProblem.Root);
        return walk.Found;
    }

    private sealed class Walk(JsonSerializerOptions options)
    {
        internal List<WireProblem> Found { get; } = [];

        internal void Value(object? value, string path)
        {
            switch (value)
            {
                case UnknownAction unknown:
                    Found.Add(new WireProblem(
                        WireProblem.Join(path, unknown.Name),
                        $"is not an action this model knows, kept as written{NearestName.Suggestion(unknown.Name, ActionRegistry.All.Select(d => d.Name))}; the actions: {ActionRegistry.KnownNames}"));
                    break;
                case WireObject wire:
                    Object(wire, path);
                    break;
                case IList list and not IDictionary:
                    for (var i = 0; i < list.Count; i++)
                    {
                        Value(list[i], $"{path}[{i}]");
                    }

                    break;
            }
        }

        private void Object(WireObject value, string path)
        {
            // An action's properties sit under its name on the wire: actions[0].connect.destinations.
            if (value is TelephonyAction action)
            {
                path = WireProblem.Join(path, action.ActionName);
            }

            if (value is ActionResult result)
            {
                Report(result.UnknownOuterProperties, path, NamesOf(options.GetTypeInfo(typeof(ActionResult))));
                path = WireProblem.Join(path, "result");
            }

            var contract = options.GetTypeInfo(value.GetType());
            Report(value.UnknownProperties, path, NamesOf(contract));
            foreach (var property in WireProperties(contract))
            {
                Value(property.Get!(value), WireProblem.Join(path, property.Name));
            }
        }

        private void Report(Dictionary<string, JsonElement>? unknown, string path, IReadOnlyList<string> known)
        {
            if (unknown is null)
            {
                return;
            }

            var owner = Owner(path);
            var allowed = $"the properties of {owner}: {(known.Count == 0 ? "none" : string.Join(", ", known))}";
            foreach (var name in unknown.Keys)
            {
                Found.Add(name.Length == 0
                    ? new WireProblem(path, $"has a property with an empty name, kept as written; {allowed}")
                    : new WireProblem(WireProblem.Join(path, name), $"is not a property of {owner}, kept as written{NearestName.Suggestion(name, known)}; {allowed}"));
            }
        }

        // What the object is called in messages: the last name of its path (connect, secondary_call, play_list), or "the document".
        private static string Owner(string path)
        {
            if (path == WireProblem.Root)
            {
                return "the document";
            }

            var last = path[(path.LastIndexOf('.') + 1)..];
            var index = last.IndexOf('[', StringComparison.Ordinal);
            return index switch { 0 => "an item of the document", > 0 => $"an item of {last[..index]}", _ => last };
        }

        private static IReadOnlyList<string> NamesOf(JsonTypeInfo contract) =>
            contract.Kind == JsonTypeInfoKind.Object ? WireProperties(contract).Select(p => p.Name).ToList()
            : contract.Converter is IKnownPropertyNames named ? named.KnownPropertyNames
            : [];

        // The properties the contract reads and writes: not the extension data, not [JsonIgnore] members (they have no getter).
        private static IEnumerable<JsonPropertyInfo> WireProperties(JsonTypeInfo contract) =>
            contract.Kind == JsonTypeInfoKind.Object ? contract.Properties.Where(p => !p.IsExtensionData && p.Get is not null) : [];
    }
}

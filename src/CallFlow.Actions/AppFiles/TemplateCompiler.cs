using System.Collections;
using System.Text.Json;
using CallFlow.Actions.Parts;
using CallFlow.Actions.Serialization;
using CallFlow.Actions.Verbs;

namespace CallFlow.Actions.AppFiles;

/// <summary>
/// Compiles actions read from a file into a <see cref="ResponseTemplate"/>, walking them by the serializer contract
/// (so every property the model knows can hold placeholders) and noting, by wire path, every bad placeholder and every
/// page the actions name.
/// </summary>
internal sealed class TemplateCompiler(ReadContext context)
{
    /// <summary>Compiles the actions at <paramref name="path"/>; <paramref name="placeholdersAllowed"/> is false for the fallback, which has no request to fill them from.</summary>
    internal ResponseTemplate Compile(IReadOnlyList<TelephonyAction> actions, string path, bool placeholdersAllowed)
    {
        var walk = new Walk(context, placeholdersAllowed);
        var nodes = new TemplateNode[actions.Count];
        for (var i = 0; i < actions.Count; i++)
        {
            nodes[i] = walk.Node(actions[i], $"{path}[{i}]");
        }

        return new ResponseTemplate(nodes);
    }

    private sealed class Walk(ReadContext context, bool placeholdersAllowed)
    {
        internal TemplateNode Node(object value, string path) => value switch
        {
            string text => Text(text, path),
            WebPageRequest page => Page(page, path),
            MediaFile file => File(file, path),
            // Unknown actions and properties are sent as written: placeholders are filled only in what the model knows.
            UnknownAction or JsonElement or IDictionary => new ConstantNode(value),
            IList list => List(list, path),
            _ when value.GetType().IsValueType => new ConstantNode(value),
            _ => Object(value, path),
        };

        private TemplateNode Text(string text, string path)
        {
            var template = Parse(text, path);
            return template is null || template.IsConstant ? new ConstantNode(template?.Render(PlaceholderValues.Sample) ?? text) : new TextNode(template);
        }

        private TemplateNode Page(WebPageRequest page, string path)
        {
            context.PageReferences.Add((path, page.Url));
            var url = Parse(page.Url, path);
            if (url is null || url.IsConstant)
            {
                var constant = url?.Render(PlaceholderValues.Sample) ?? page.Url;
                return new ConstantNode(constant == page.Url ? page : new WebPageRequest(constant) { Method = page.Method });
            }

            return new PageRequestNode(url, page.Method);
        }

        // A media file's URL names a file on the web, not a page of the app, so it is no page reference.
        private TemplateNode File(MediaFile file, string path)
        {
            var location = file.WebPage is { } page ? Text(page.Url, $"{path}.url") : Text(file.FileName ?? "", path);
            var node = new MediaFileNode(location, file.WebPage);
            return location is ConstantNode ? new ConstantNode(node.Build(PlaceholderValues.Sample)) : node;
        }

        private TextTemplate? Parse(string text, string path)
        {
            var template = TextTemplate.Parse(text, out var error);
            if (template is null)
            {
                context.Add(path, error!);
            }
            else if (!template.IsConstant && !placeholdersAllowed)
            {
                context.Add(path, $"\"{text}\": the fallback cannot hold placeholders (it also answers requests that could not be read); write {{{{ for a literal {{");
                return null;
            }

            return template;
        }

        private TemplateNode List(IList list, string path)
        {
            var create = Contract(list.GetType()).CreateObject!;
            var items = new TemplateNode[list.Count];
            for (var i = 0; i < list.Count; i++)
            {
                items[i] = Node(list[i]!, $"{path}[{i}]");
            }

            var node = new ListNode(create, items);
            return items.All(i => i is ConstantNode) ? new ConstantNode(node.Build(PlaceholderValues.Sample)) : node;
        }

        private TemplateNode Object(object value, string path)
        {
            var contract = Contract(value.GetType());
            if (contract.CreateObject is null)
            {
                throw new InvalidOperationException($"{value.GetType().Name} cannot be created from its serializer contract; app file templates need a parameterless constructor.");
            }

            // An action's properties sit under its name on the wire: actions[0].connect.destinations.
            var memberPath = value is TelephonyAction action ? $"{path}.{action.ActionName}" : path;
            var properties = new List<(Action<object, object?>, TemplateNode)>();
            foreach (var property in contract.Properties)
            {
                if (property.Get?.Invoke(value) is { } propertyValue && property.Set is { } set)
                {
                    properties.Add((set, Node(propertyValue, $"{memberPath}.{property.Name}")));
                }
            }

            var node = new ObjectNode(contract.CreateObject, [.. properties]);
            return properties.All(p => p.Item2 is ConstantNode) ? new ConstantNode(node.Build(PlaceholderValues.Sample)) : node;
        }

        private static System.Text.Json.Serialization.Metadata.JsonTypeInfo Contract(Type type) => CallFlowJson.Options.GetTypeInfo(type);
    }
}

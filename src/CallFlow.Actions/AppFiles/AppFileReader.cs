using System.Text.Json;
using CallFlow.Actions.Requests;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Serialization;
using CallFlow.Actions.Validation;
using CallFlow.Actions.Verbs;

namespace CallFlow.Actions.AppFiles;

/// <summary>
/// Reads and checks a declarative app file (the format is in docs/declarative-apps.md). Actions are read with the
/// wire model in strict mode and checked with its validators; the file's own rules (conditions, placeholders, pages,
/// time zone) are checked here. Every problem is reported, each as one line naming the file, the place and the reason.
/// </summary>
public static class AppFileReader
{
    /// <summary>The top-level keys of an app file.</summary>
    public static IReadOnlyList<string> FileKeys { get; } = ["description", "time_zone", "fallback", "pages"];

    /// <summary>The keys of a rule.</summary>
    public static IReadOnlyList<string> RuleKeys { get; } = ["name", "description", "when", "actions"];

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 64,
    };

    /// <summary>Reads the file shown to people as <paramref name="displayPath"/>; its name without <c>.json</c> is the app name.</summary>
    public static AppFileReadResult Read(string displayPath, ReadOnlySpan<byte> json)
    {
        var context = new ReadContext(displayPath);
        var name = Path.GetFileNameWithoutExtension(displayPath);
        if (!PageNames.IsValidName(name))
        {
            context.Add("", $"\"{name}\" cannot be an app name: name the file with {PageNames.Rule}");
        }

        using var document = Parse(json, context);
        if (document is null)
        {
            return new AppFileReadResult(null, context.Problems);
        }

        var file = new FileReader(context).Read(name, document.RootElement);
        return new AppFileReadResult(file, context.Problems, context.UnknownNames);
    }

    private static JsonDocument? Parse(ReadOnlySpan<byte> json, ReadContext context)
    {
        var text = json.StartsWith("\uFEFF"u8) ? json[3..] : json;
        var reader = new Utf8JsonReader(text, ReaderOptions);
        try
        {
            var document = JsonDocument.ParseValue(ref reader);
            try
            {
                // Reading on past the value throws when anything but white space and comments follows it.
                reader.Read();
                if (UndecodableText.Find(document.RootElement, "") is { } path)
                {
                    // The parser checks structure, not escapes: "\ud800" only fails once decoded, so it is caught here, once.
                    context.Add(path, "holds an escaped lone surrogate (such as \\ud800), which is not text");
                    document.Dispose();
                    return null;
                }

                return document;
            }
            catch (JsonException)
            {
                document.Dispose();
                throw;
            }
        }
        catch (JsonException exception)
        {
            var message = exception.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            context.Add("", $"is not valid JSON at line {exception.LineNumber + 1}, column {exception.BytePositionInLine + 1}: {(cut < 0 ? message : message[..cut])}");
            return null;
        }
    }


    private sealed class FileReader(ReadContext context)
    {
        private readonly ActionShape _shape = new(context);
        private readonly TemplateCompiler _compiler = new(context);
        private readonly List<AppRule> _clockRules = [];

        internal AppFile? Read(string name, JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                context.Add("", $"must be a JSON object with \"pages\" and \"fallback\", not {ReadContext.Describe(root)}");
                return null;
            }

            foreach (var key in root.EnumerateObject().Where(p => !FileKeys.Contains(p.Name)))
            {
                context.Add(key.Name, $"is not an app file key{NearestName.Suggestion(key.Name, FileKeys)}; use one of {string.Join(", ", FileKeys)}");
            }

            var description = OptionalString(root, "description", "description");
            var timeZone = ReadTimeZone(root);
            var pages = ReadPages(root);
            var fallback = ReadFallback(root);
            if (pages is null || fallback is null)
            {
                return null;
            }

            CheckPageReferences(pages);
            if (timeZone is null && _clockRules.Count > 0 && !root.TryGetProperty("time_zone", out _))
            {
                var rule = _clockRules[0];
                context.Add("time_zone", $"is required: {rule.Path}.when uses days, time or dates, which are read in the app's time zone (an IANA id such as \"Europe/London\")");
            }

            return new AppFile(name, description, timeZone, fallback, pages);
        }

        private TimeZoneInfo? ReadTimeZone(JsonElement root)
        {
            if (OptionalString(root, "time_zone", "time_zone") is not { } id)
            {
                return null;
            }

            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            {
                return zone;
            }

            context.Add("time_zone", $"\"{id}\" is not a known IANA time zone (such as \"Europe/London\")");
            return null;
        }

        private Dictionary<string, AppPage>? ReadPages(JsonElement root)
        {
            if (!root.TryGetProperty("pages", out var element))
            {
                context.Add("pages", "is required: an object of pages, each an array of rules, with at least \"first\"");
                return null;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                context.Add("pages", $"must be an object of pages, each an array of rules, not {ReadContext.Describe(element)}");
                return null;
            }

            var pages = new Dictionary<string, AppPage>(StringComparer.Ordinal);
            foreach (var page in element.EnumerateObject())
            {
                if (ReadPage(page.Name, page.Value) is { } read)
                {
                    pages[page.Name] = read;
                }
            }

            if (!element.TryGetProperty(PageNames.First, out _))
            {
                context.Add("pages", $"has no \"{PageNames.First}\" page; the platform requests {PageNames.First} when a call arrives");
            }

            return pages;
        }

        private AppPage? ReadPage(string name, JsonElement element)
        {
            var path = $"pages.{name}";
            if (!PageNames.IsValidName(name))
            {
                context.Add(path, $"\"{name}\" cannot be a page name: use {PageNames.Rule}");
            }

            if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0)
            {
                context.Add(path, element.ValueKind == JsonValueKind.Array
                    ? "has no rules; a page needs at least one"
                    : $"must be an array of rules, not {ReadContext.Describe(element)}");
                return null;
            }

            var rules = new List<AppRule>();
            AppRule? always = null;
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                var rulePath = $"{path}[{index++}]";
                if (always is not null)
                {
                    context.Add(rulePath, $"is never tried: {always.Path} above it has no \"when\", so it always answers");
                }

                if (ReadRule(item, rulePath) is { } rule)
                {
                    rules.Add(rule);
                    always ??= rule.When is null ? rule : null;
                }
            }

            return new AppPage(name, rules);
        }

        private AppRule? ReadRule(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                context.Add(path, $"must be a rule object with \"actions\", not {ReadContext.Describe(element)}");
                return null;
            }

            foreach (var key in element.EnumerateObject().Where(p => !RuleKeys.Contains(p.Name)))
            {
                context.Add($"{path}.{key.Name}", $"is not a rule key{NearestName.Suggestion(key.Name, RuleKeys)}; use one of {string.Join(", ", RuleKeys)}");
            }

            var name = OptionalString(element, "name", $"{path}.name");
            var description = OptionalString(element, "description", $"{path}.description");
            var when = element.TryGetProperty("when", out var whenElement) ? new ConditionReader(context).Read(whenElement, $"{path}.when") : null;
            var actions = ReadActions(element, path);
            if (actions is null)
            {
                return null;
            }

            var referencesBefore = context.PageReferences.Count;
            var answer = Compile(actions, $"{path}.actions", placeholdersAllowed: true);
            var linkedPages = context.PageReferences.Skip(referencesBefore).Select(reference => PageOfThisApp(reference.Url)).OfType<string>().Distinct().ToList();
            var rule = new AppRule(path, name, description, when, actions, answer, linkedPages);
            if (when?.UsesClock == true)
            {
                _clockRules.Add(rule);
            }

            return rule;
        }

        private List<TelephonyAction>? ReadActions(JsonElement rule, string rulePath)
        {
            var path = $"{rulePath}.actions";
            if (!rule.TryGetProperty("actions", out var element))
            {
                context.Add(path, "is required: the actions that answer the page when the rule holds (may be empty: [] hangs up)");
                return null;
            }

            return ReadActionList(element, path);
        }

        private ActionsResponse? ReadFallback(JsonElement root)
        {
            if (!root.TryGetProperty("fallback", out var element))
            {
                context.Add("fallback", "is required: the actions that answer when no rule holds or an answer fails, such as an apology and hang_up");
                return null;
            }

            var actions = ReadActionList(element, "fallback");
            return actions is null ? null : Compile(actions, "fallback", placeholdersAllowed: false).Render(PlaceholderValues.Sample);
        }

        private List<TelephonyAction>? ReadActionList(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.Array)
            {
                context.Add(path, $"must be an array of actions, not {ReadContext.Describe(element)}");
                return null;
            }

            var actions = new List<TelephonyAction>();
            var ok = true;
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                var action = _shape.Read(item, $"{path}[{index++}]");
                ok &= action is not null;
                if (action is not null)
                {
                    actions.Add(action);
                }
            }

            return ok ? actions : null;
        }

        // Validates the answer as a plausible call would fill it in; the server validates every real answer again.
        private ResponseTemplate Compile(List<TelephonyAction> actions, string path, bool placeholdersAllowed)
        {
            var template = _compiler.Compile(actions, path, placeholdersAllowed);
            foreach (var failure in ActionsResponseValidator.Instance.Validate(template.Render(PlaceholderValues.Sample)).Errors)
            {
                var property = failure.PropertyName;
                var wirePath = property.StartsWith("actions", StringComparison.Ordinal) ? path + property["actions".Length..] : $"{path}.{property}";
                context.Add(wirePath, failure.ErrorMessage);
            }

            return template;
        }

        private void CheckPageReferences(Dictionary<string, AppPage> pages)
        {
            var known = pages.Keys.Concat(PageNames.EveryAppHasPages.Where(p => !pages.ContainsKey(p))).ToList();
            foreach (var (path, url) in context.PageReferences)
            {
                if (PageOfThisApp(url) is { } page && !pages.ContainsKey(page) && !PageNames.EveryAppHas(page))
                {
                    context.Add(path, $"\"{url}\" names no page of this app; its pages are {string.Join(", ", known)}");
                }
            }
        }

        // Only a bare name is a page of this app; a URL with '/' or ':' leads elsewhere and is the operator's business.
        private static string? PageOfThisApp(string url)
        {
            if (url.Length == 0 || url.AsSpan().IndexOfAny('/', ':') >= 0)
            {
                return null;
            }

            var end = url.AsSpan().IndexOfAny('?', '#');
            return end < 0 ? url : url[..end];
        }

        private string? OptionalString(JsonElement element, string key, string path)
        {
            if (!element.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }

            context.Add(path, $"must be a string, not {ReadContext.Describe(value)}");
            return null;
        }
    }
}

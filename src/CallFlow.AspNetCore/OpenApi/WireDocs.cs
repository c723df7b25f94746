using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CallFlow.Actions.Serialization;

namespace CallFlow.AspNetCore.OpenApi;

/// <summary>
/// The XML documentation of the wire model (CallFlow.Actions.xml, shipped beside its assembly), read once. The model's
/// summaries follow one convention: <c>&lt;c&gt;wire_name&lt;/c&gt; (required): ...</c> and <c>Platform default: 30.</c>,
/// so the same text gives the schemas their descriptions, required lists and defaults.
/// </summary>
internal static partial class WireDocs
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Summaries = new(Load);

    /// <summary>The assembly whose types the wire docs describe.</summary>
    public static Assembly WireAssembly { get; } = typeof(ActionRegistry).Assembly;

    /// <summary>The summary of a wire type, as Markdown-ish text, or null.</summary>
    public static string? Of(Type type) => Summaries.Value.GetValueOrDefault("T:" + type.FullName);

    /// <summary>The summary of the wire type with the given (unqualified) name, or null.</summary>
    public static string? Of(string typeName) => WireAssembly.GetTypes().FirstOrDefault(t => t.Name == typeName) is { } type ? Of(type) : null;

    /// <summary>The summary of a wire property, or null.</summary>
    public static string? Of(PropertyInfo property) =>
        Summaries.Value.GetValueOrDefault($"P:{property.DeclaringType!.FullName}.{property.Name}");

    /// <summary>Whether the property's summary marks it <c>(required)</c>.</summary>
    public static bool IsRequired(PropertyInfo property) => Of(property) is { } summary && RequiredMarker().IsMatch(summary);

    /// <summary>The platform default the property's summary names, typed like the property, or null when it names none (or null).</summary>
    public static JsonNode? DefaultOf(PropertyInfo property)
    {
        if (Of(property) is not { } summary || DefaultMarker().Match(summary) is not { Success: true } match)
        {
            return null;
        }

        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var code = match.Groups["code"];
        var word = match.Groups["word"].Value;
        if (type == typeof(int))
        {
            return int.TryParse(word, out var number) ? JsonValue.Create(number) : null;
        }

        if (type == typeof(bool))
        {
            return bool.TryParse(word, out var flag) ? JsonValue.Create(flag) : null;
        }

        if (type == typeof(string) || type == typeof(char))
        {
            // A quoted value (`#`) or a bare keyword (POST); prose such as "the platform's own" is no default.
            return code.Success ? JsonValue.Create(code.Value) : Keyword().IsMatch(word) ? JsonValue.Create(word) : null;
        }

        return null;
    }

    private static Dictionary<string, string> Load()
    {
        var path = Path.ChangeExtension(WireAssembly.Location, ".xml");
        if (!File.Exists(path))
        {
            return [];
        }

        return XDocument.Load(path).Descendants("member")
            .Where(m => m.Attribute("name") is not null && m.Element("summary") is not null)
            .ToDictionary(m => m.Attribute("name")!.Value, m => Flatten(m.Element("summary")!), StringComparer.Ordinal);
    }

    // <c>x</c> becomes `x`, <see cref="T:A.B"/> becomes B and a member its wire name or value (see CodeReferences).
    private static string Flatten(XElement summary)
    {
        var text = new StringBuilder();
        foreach (var node in summary.Nodes())
        {
            text.Append(node switch
            {
                XText plain => plain.Value,
                XElement { Name.LocalName: "c" } code => $"`{code.Value}`",
                XElement { Name.LocalName: "see" or "seealso" } see => Reference(see),
                XElement { Name.LocalName: "paramref" or "typeparamref" } parameter => parameter.Attribute("name")?.Value,
                XElement other => other.Value,
                _ => "",
            });
        }

        return Whitespace().Replace(text.ToString(), " ").Trim();
    }

    private static string Reference(XElement see)
    {
        if (see.Attribute("langword")?.Value is { } keyword)
        {
            return keyword;
        }

        var target = see.Attribute("cref")?.Value ?? "";
        return see.Value.Length > 0 ? see.Value : CodeReferences.Describe(target) ?? target[(target.LastIndexOfAny([':', '.']) + 1)..];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^`[a-z_]+` \(required\)")]
    private static partial Regex RequiredMarker();

    [GeneratedRegex(@"Platform default: (?:`(?<code>[^`]+)`|(?<word>[^\s.,;]+))")]
    private static partial Regex DefaultMarker();

    [GeneratedRegex("^[A-Z]+$")]
    private static partial Regex Keyword();
}

using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace CallFlow.AspNetCore.OpenApi;

/// <summary>
/// Turns the C# a documentation comment points at (<c>&lt;see cref="..."/&gt;</c>) into what a reader of the API sees:
/// a constant becomes its value (<c>at most 1000 characters</c>), a property its JSON name (<c>`next_page`</c>). The
/// XML comment support renders such a reference as C# (<c>int DialConnectSubmissionValidator.MaxMemoLength</c>),
/// which <see cref="Clean"/> rewrites the same way.
/// </summary>
internal static partial class CodeReferences
{
    private static readonly string[] Keywords = ["bool", "byte", "char", "decimal", "double", "float", "int", "long", "object", "short", "string", "uint", "ulong"];

    // The types a description may name: the wire model's and this library's, by their simple names (an ambiguous name is not rewritten).
    private static readonly Lazy<IReadOnlyDictionary<string, Type>> TypesByName = new(() =>
        new[] { WireDocs.WireAssembly, typeof(CodeReferences).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => !type.IsNested && !type.Name.Contains('<'))
            .GroupBy(type => type.Name, StringComparer.Ordinal)
            .Where(group => group.Count() == 1)
            .ToDictionary(group => group.Key, group => group.Single(), StringComparer.Ordinal));

    /// <summary>The reader's text for a member a comment references, or null when it is neither a constant nor a property.</summary>
    public static string? Describe(MemberInfo member) => member switch
    {
        FieldInfo { IsLiteral: true } constant => Convert.ToString(constant.GetRawConstantValue(), CultureInfo.InvariantCulture),
        PropertyInfo property => $"`{property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name)}`",
        _ => null,
    };

    /// <summary>The reader's text for a documentation id such as <c>P:CallFlow.Actions.Verbs.GetNumber.NextPage</c>, or null.</summary>
    public static string? Describe(string documentationId)
    {
        if (documentationId.Length < 3 || documentationId[1] != ':' || documentationId[0] is not ('F' or 'P'))
        {
            return null;
        }

        var name = documentationId[2..];
        var split = name.LastIndexOf('.');
        var owner = split > 0 ? WireDocs.WireAssembly.GetType(name[..split]) ?? typeof(CodeReferences).Assembly.GetType(name[..split]) : null;
        return owner?.GetMember(name[(split + 1)..], BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance).FirstOrDefault() is { } member
            ? Describe(member)
            : null;
    }

    /// <summary>Rewrites every <c>[type ]Owner.Member</c> in <paramref name="text"/> that names a known constant or property.</summary>
    public static string? Clean(string? text) => text is null ? null : RenderedReference().Replace(text, match =>
    {
        if (!TypesByName.Value.TryGetValue(match.Groups["owner"].Value, out var owner)
            || owner.GetMember(match.Groups["member"].Value).FirstOrDefault() is not { } member
            || Describe(member) is not { } described)
        {
            return match.Value;
        }

        var prefix = match.Groups["type"];
        var isTypeName = prefix.Success && (Keywords.Contains(prefix.Value.TrimEnd('?')) || prefix.Value.EndsWith('?') || prefix.Value.Contains('<'));
        return prefix.Success && !isTypeName ? $"{prefix.Value} {described}" : described;
    });

    [GeneratedRegex(@"(?:\b(?<type>[A-Za-z_]\w*(?:<[^<>\s]*>)?\??) )?\b(?<owner>[A-Z]\w*)\.(?<member>[A-Z]\w*)\b")]
    private static partial Regex RenderedReference();
}

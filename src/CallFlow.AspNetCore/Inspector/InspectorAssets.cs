using System.Collections.Frozen;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CallFlow.AspNetCore.Inspector;

/// <summary>The inspector's stylesheet and script, embedded in the assembly (see the project file) and served from memory.</summary>
internal static class InspectorAssets
{
    private static readonly FrozenDictionary<string, (byte[] Content, string ContentType)> Files = new Dictionary<string, (byte[], string)>
    {
        ["inspector.css"] = (Read("inspector.css"), "text/css; charset=utf-8"),
        ["inspector.js"] = (Read("inspector.js"), "text/javascript; charset=utf-8"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static Results<FileContentHttpResult, NotFound> Serve(string file) =>
        Files.TryGetValue(file, out var asset) ? TypedResults.File(asset.Content, asset.ContentType) : TypedResults.NotFound();

    private static byte[] Read(string name)
    {
        using var stream = typeof(InspectorAssets).Assembly.GetManifestResourceStream("CallFlow.Inspector." + name)
            ?? throw new InvalidOperationException($"The inspector asset {name} is not embedded in {typeof(InspectorAssets).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

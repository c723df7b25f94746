using System.Text.Json.Nodes;

namespace CallFlow.Actions.Tests.Seeds;

/// <summary>
/// The seeds' JSON examples, one file each under <c>Golden/</c>, verbatim. An action example (<c>"connect" : {...}</c>)
/// is kept as the one-key action object it is; an <c>action_result</c> example sits in the smallest valid page request.
/// </summary>
public static class GoldenFiles
{
    /// <summary>The action examples of aculab-connect-action.txt and aculab-connect-to-conference-action.txt, in seed order.</summary>
    public static IReadOnlyList<string> Actions { get; } =
    [
        "connect-single-destination",
        "connect-classify-callee",
        "connect-secondary-call-pages",
        "connect-to-conference-defaults",
        "connect-to-conference-participant",
        "connect-to-conference-secondary-call-pages",
    ];

    /// <summary>The action_result examples of the same seeds, each in a page request.</summary>
    public static IReadOnlyList<string> PageRequests { get; } =
    [
        "connect-result",
        "connect-to-conference-result",
    ];

    /// <summary>The folder the files are copied to.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Golden");

    /// <summary>The text of a golden file, exactly as the seed has it.</summary>
    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder, name + ".json"));

    /// <summary>A golden file in the canonical form the model writes (see <see cref="SeedCanonicalForm"/>).</summary>
    public static JsonNode Canonical(string name) => SeedCanonicalForm.Of(JsonNode.Parse(Text(name))!);
}

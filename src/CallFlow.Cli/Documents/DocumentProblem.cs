using CallFlow.Actions.Serialization;

namespace CallFlow.Cli.Documents;

/// <summary>
/// One problem in a document, at a wire path without the leading <c>$.</c> (<c>actions[1].connect.destinations</c>),
/// or <c>$</c> for the document as a whole: the same paths the validators of CallFlow.Actions report.
/// </summary>
internal sealed record DocumentProblem(string Path, string Message)
{
    /// <summary>The path of the document's root.</summary>
    public const string Root = WireProblem.Root;

    /// <summary>The problem as lint prints it: <c>FILE: json.path: message</c>.</summary>
    public string ToLine(string file) => $"{file}: {Path}: {Message}";

    /// <summary>The same problem found in a part of a larger document that sits at <paramref name="prefix"/>.</summary>
    public DocumentProblem Under(string prefix) => this with { Path = Join(prefix, Path) };

    /// <summary>Joins a parent path and a child path as they would read in one document.</summary>
    public static string Join(string prefix, string path) => WireProblem.Join(prefix, path);
}

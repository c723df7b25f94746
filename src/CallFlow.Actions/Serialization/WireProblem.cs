namespace CallFlow.Actions.Serialization;

/// <summary>One problem with a document, at its wire path (<c>actions[1].connect.destinations</c>; <c>$</c> for the document itself).</summary>
/// <param name="Path">Where, as a wire path without the leading <c>$.</c>; <see cref="Root"/> for the whole document.</param>
/// <param name="Message">What is wrong there, as a phrase that follows the path ("is required").</param>
public sealed record WireProblem(string Path, string Message)
{
    /// <summary>The path of the document itself.</summary>
    public const string Root = "$";

    /// <summary>Joins a parent path and a child path as they read in one document.</summary>
    public static string Join(string prefix, string path) =>
        prefix == Root || prefix.Length == 0 ? (path.Length == 0 ? Root : path)
        : path == Root || path.Length == 0 ? prefix
        : path[0] == '[' ? prefix + path
        : $"{prefix}.{path}";

    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}

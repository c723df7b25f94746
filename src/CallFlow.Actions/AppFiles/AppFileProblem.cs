namespace CallFlow.Actions.AppFiles;

/// <summary>
/// One thing wrong with an app file, printed as <c>apps/reception.json: pages.first[1].when.time: "9-17" is not HH:mm-HH:mm</c>
/// so an operator sees which file, where in it and why in one line.
/// </summary>
/// <param name="DisplayPath">The file as the operator knows it (e.g. <c>apps/reception.json</c>).</param>
/// <param name="Path">Where in the file, as a JSON path without <c>$</c> (<c>pages.first[1].when.time</c>); empty for the file as a whole.</param>
/// <param name="Message">What is wrong, in words.</param>
public sealed record AppFileProblem(string DisplayPath, string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Path.Length == 0 ? $"{DisplayPath}: {Message}" : $"{DisplayPath}: {Path}: {Message}";
}

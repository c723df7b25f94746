namespace CallFlow.Cli.Tests.Reliability;

/// <summary>
/// A property of the wire model at its place in a document: the names leading to the object that holds it (<c>"0"</c>
/// for the first item of a list) and its wire name, e.g. <c>actions.0.connect.secondary_call</c> + <c>first_page</c>.
/// </summary>
public sealed record ModelField(IReadOnlyList<string> ObjectPath, string Name)
{
    public override string ToString() => string.Join('.', [.. ObjectPath, Name]);
}

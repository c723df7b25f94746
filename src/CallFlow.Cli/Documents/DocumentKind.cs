using System.Text.Json;

namespace CallFlow.Cli.Documents;

/// <summary>
/// One kind of document lint and format understand. Each kind tells by content whether a document is one of its own,
/// so new kinds (the declarative app files) plug in by joining <see cref="DocumentKinds.All"/>.
/// </summary>
internal abstract class DocumentKind
{
    /// <summary>What the kind is called, with the content that gives it away, for "not a ..." messages.</summary>
    public abstract string Description { get; }

    /// <summary>Whether documents of this kind may hold comments and trailing commas (files people annotate).</summary>
    public virtual bool AllowsComments => false;

    /// <summary>Why format cannot write this kind canonically, or null when it can.</summary>
    public virtual string? CannotFormat => null;

    /// <summary>Whether <paramref name="root"/> looks like a document of this kind.</summary>
    public abstract bool Recognizes(JsonElement root);

    /// <summary>Reads a document of this kind: its problems, and its canonical text when it has none (and can have one).</summary>
    public abstract DocumentReading Read(DocumentSource source);
}

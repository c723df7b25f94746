namespace CallFlow.Actions.Serialization;

/// <summary>
/// A converter that reads a wire object by hand, naming the properties it knows; <see cref="UnknownNames"/> asks it
/// for them (the generated contract lists its own) to suggest the nearest one for a misspelt property.
/// </summary>
internal interface IKnownPropertyNames
{
    /// <summary>The wire names the converter reads, in the order it writes them.</summary>
    IReadOnlyList<string> KnownPropertyNames { get; }
}

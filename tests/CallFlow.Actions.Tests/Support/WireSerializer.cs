namespace CallFlow.Actions.Tests.Support;

/// <summary>The two ways the wire model can be serialized; every serialization test runs through both.</summary>
public enum WireSerializer
{
    /// <summary><c>CallFlowJson.Options</c>, the source-generated context the server uses.</summary>
    SourceGenerated,

    /// <summary><c>CallFlowJson.CreateReflectionOptions()</c>, the same contract built by reflection.</summary>
    Reflection,
}

namespace CallFlow.Simulator;

/// <summary>A scenario that cannot be used, with one <c>json.path: message</c> line per problem.</summary>
public sealed class ScenarioException : Exception
{
    /// <summary>Creates the exception from its problem lines.</summary>
    public ScenarioException(IReadOnlyList<string> problems)
        : base($"The scenario has problems: {string.Join("; ", problems)}") => Problems = problems;

    /// <summary>The problems, one <c>json.path: message</c> line each.</summary>
    public IReadOnlyList<string> Problems { get; }
}

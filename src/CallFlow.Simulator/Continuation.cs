namespace CallFlow.Simulator;

/// <summary>What a leg does after an action or a page: go on with its queue, replace the queue, or stop.</summary>
internal sealed record Continuation(IReadOnlyList<QueuedAction>? Actions, LegEnd? End)
{
    /// <summary>Go on with the next queued action.</summary>
    public static Continuation Next { get; } = new(null, null);

    /// <summary>A page answered: its actions replace whatever was still queued.</summary>
    public static Continuation With(IReadOnlyList<QueuedAction> actions) => new(actions, null);

    /// <summary>The leg stops.</summary>
    public static Continuation Stop(LegEnd end) => new(null, end);
}

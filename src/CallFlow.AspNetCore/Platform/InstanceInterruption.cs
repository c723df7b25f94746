namespace CallFlow.AspNetCore.Platform;

/// <summary>What <c>rest_interrupt</c> answered for one application instance.</summary>
/// <param name="Result">
/// <c>interrupted</c>, <c>no such application</c> or <c>application already completed</c> (or whatever newer text the
/// platform sends), read from the value or from the newer object form's <c>result</c>.
/// </param>
/// <param name="InterruptedAction">The action that was interrupted, when the platform names it (newer object form: <c>action</c>).</param>
public sealed record InstanceInterruption(string Result, string? InterruptedAction)
{
    /// <summary>The result that means the instance was interrupted.</summary>
    public const string Interrupted = "interrupted";

    /// <summary>Whether the instance was interrupted.</summary>
    public bool WasInterrupted => string.Equals(Result, Interrupted, StringComparison.OrdinalIgnoreCase);
}

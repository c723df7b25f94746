using CallFlow.Actions.Responses;
using CallFlow.Actions.Verbs;

namespace CallFlow.AspNetCore.Apps;

/// <summary>What a caller hears when an app has no fallback of its own and its page failed.</summary>
public static class DefaultFallback
{
    /// <summary>The sentence said before hanging up.</summary>
    public const string Apology = "Sorry, we cannot take your call right now.";

    /// <summary>A new copy of the default fallback: say <see cref="Apology"/>, then hang up.</summary>
    public static ActionsResponse Create() => new(Play.SayText(Apology), new HangUp());
}

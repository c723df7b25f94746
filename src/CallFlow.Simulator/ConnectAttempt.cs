using CallFlow.Actions.Parts;
using CallFlow.Actions.Results;
using CallFlow.Actions.Verbs;

namespace CallFlow.Simulator;

/// <summary>What connect and connect_to_conference have in common for the simulator: whom they call and what follows.</summary>
/// <param name="Target">Whom the action calls, for the transcript.</param>
/// <param name="Destinations">The calls made; the scenario says which one answers.</param>
/// <param name="CallFrom">The number the secondary call is made from; by default the primary call's caller.</param>
/// <param name="HoldMedia">What the caller hears while waiting.</param>
/// <param name="SecondaryCall">The secondary call's pages.</param>
/// <param name="NextPage">The page requested when the action ends.</param>
/// <param name="IsConference">Whether the caller joins a conference rather than a person.</param>
/// <param name="Result">The action's result for a number of connected seconds.</param>
internal sealed record ConnectAttempt(
    string Target,
    IReadOnlyList<string> Destinations,
    string? CallFrom,
    Play? HoldMedia,
    SecondaryCall? SecondaryCall,
    WebPageRequest? NextPage,
    bool IsConference,
    Func<double, ActionResult> Result)
{
    /// <summary>A connect: the first destination to answer wins.</summary>
    public static ConnectAttempt Of(Connect connect) => new(
        string.Join(", ", connect.Destinations),
        connect.Destinations,
        connect.CallFrom,
        connect.HoldMedia,
        connect.SecondaryCall,
        connect.NextPage,
        false,
        seconds => new ConnectResult { Action = connect.ActionName, SecondsConnectedDuration = seconds });

    /// <summary>A connect to conference: one call, to the conference.</summary>
    public static ConnectAttempt Of(ConnectToConference conference) => new(
        $"conference \"{conference.Name}\"",
        [conference.Name],
        null,
        conference.HoldMedia,
        conference.SecondaryCall,
        conference.NextPage,
        true,
        seconds => new ConnectToConferenceResult { Action = conference.ActionName, SecondsConnectedDuration = seconds });
}

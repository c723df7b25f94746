using CallFlow.Actions.Parts;
using CallFlow.Actions.Results;
using CallFlow.Actions.Verbs;

namespace CallFlow.Cli.Simulation;

/// <summary>What connect and connect_to_conference have in common for the simulator: whom they call and what follows.</summary>
internal sealed record ConnectAttempt(
    string Target,
    IReadOnlyList<string> Destinations,
    string? CallFrom,
    Play? HoldMedia,
    SecondaryCall? SecondaryCall,
    WebPageRequest? NextPage,
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
        seconds => new ConnectResult { Action = connect.ActionName, SecondsConnectedDuration = seconds });

    /// <summary>A connect to conference: one call, to the conference.</summary>
    public static ConnectAttempt Of(ConnectToConference conference) => new(
        $"conference \"{conference.Name}\"",
        [conference.Name],
        null,
        conference.HoldMedia,
        conference.SecondaryCall,
        conference.NextPage,
        seconds => new ConnectToConferenceResult { Action = conference.ActionName, SecondsConnectedDuration = seconds });
}
